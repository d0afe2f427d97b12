site: YouTube (transcript panel)
kind: podcast-transcript
language: en
note: caption segments with their timestamps, copied from the transcript panel
---
~ Skip navigation
~ Search
~ Sign in
= The one-pan risotto that doesn't need stirring
@ Kitchen Shortcuts
~ 312K subscribers
~ Subscribe
~ 18K
~ Share
~ Download
~ 412,308 views  2 years ago
~ Show transcript
~ Transcript
~ Search in video
~ 0:00
so today we're making a risotto without standing at the stove for half an hour
~ 0:05
the trick is the oven, which does the stirring for you by keeping the heat even
~ 0:11
start by softening one onion in butter in an ovenproof pan
~ 0:17
then add the rice and toast it for a minute until the edges go translucent
~ 0:24
pour in a glass of white wine and let it bubble away
~ 0:30
now all of the hot stock goes in at once, which feels wrong but trust me
~ 0:37
lid on, into the oven at 180 degrees for eighteen minutes
~ 0:45
when it comes out, beat in parmesan and a cold knob of butter for about a minute
~ 0:52
that beating is what makes it creamy, not the stirring you skipped
~ 1:00
and that's it, season and serve
~ English (auto-generated)
~ Comments
~ 1,204
~ Sort by
~ Add a comment...
