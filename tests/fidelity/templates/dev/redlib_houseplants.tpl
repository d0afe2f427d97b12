site: Redlib mirror (Reddit)
kind: reddit-thread
archive_kind: forum-thread
language: en
---
~ redlib
~ Popular
~ All
~ Settings
~ r/houseplants
~ Posted by
@ u/fernwise
~ 1 yr. ago
= My monstera only grows new leaves toward the hallway, not the window
~ Help!
It is about a metre from a west window and every new leaf turns toward the hallway door. The hallway has a skylight, so maybe that is brighter than I think? I rotate the pot every two weeks and it just turns back.
Should I move it, or is this harmless?
~ 58 upvotes · 21 comments
~ Sort by
~ Best
~ Top
~ New
@ u/pothos_pete
~ 1y ago
Skylights are deceptively strong. Your plant is telling you where the light is, so I would believe it over your eyes.
~ 41
~ Reply
@ u/fernwise
~ 1y ago
That is a humbling way to put it, but fair.
~ 12
~ Reply
@ u/greenhouse_gal
~ 1y ago
Harmless either way. Rotating it just makes it spend energy turning around. Put it where it wants to be and let it grow straight.
~ 17
~ Reply
~ View on Reddit
~ Source code
~ Redlib is not affiliated with Reddit
