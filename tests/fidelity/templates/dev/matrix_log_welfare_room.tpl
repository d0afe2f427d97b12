site: Matrix room log viewer (public archive of a Matrix room)
kind: chat-export
archive_kind: forum-thread
language: en
note: a public Matrix room archive; each message is headed by the display name and the full matrix ID on one line and a time on the next; join/leave events, edits and reactions interleave; the day divider and the "Join the room" prompt
---
~ Matrix Public Archive
~ Explore rooms
= Model Welfare Reading Group
~ #model-welfare:matrix.org
~ 214 members
~ Topic: weekly reading group on model welfare, moral status and evaluation
~ Jump to date
~ Thu, 4 Sep 2025
~ ghostfern joined the room
@ Adaeze (@adaeze:matrix.org)
~ 18:02
This week's paper argues that self-reports from models are nearly worthless as evidence of inner states, because the training data is full of humans describing theirs.
I found the argument strong but the conclusion too quick.
@ Jonah P (@jonahp:tchncs.de)
~ 18:05
Agreed. "Contaminated" is not the same as "worthless". Human self-reports are shaped by culture too, and we still use them.
~ 👍 3
@ ghostfern (@ghostfern:matrix.org)
~ 18:09
New here, hello! Is the idea that we should look for self-reports that do not match the training data?
@ Adaeze (@adaeze:matrix.org)
~ 18:11
Welcome! Yes, roughly. Reports that are consistent across phrasings and that track something we can measure inside the model would count for more.
~ (edited)
@ Jonah P (@jonahp:tchncs.de)
~ 18:14
And reports that surprise the people who trained it. If a model says exactly what its developers hoped, that tells us little.
~ ❤️ 2 👀 1
~ mirela left the room
@ Adaeze (@adaeze:matrix.org)
~ 18:20
Next week: the piece on whether ending abusive conversations helps the model or only the company's image. Please bring one question each.
~ Thu, 4 Sep 2025
~ Join the room to send messages
~ Open in Element
~ Powered by matrix-public-archive
