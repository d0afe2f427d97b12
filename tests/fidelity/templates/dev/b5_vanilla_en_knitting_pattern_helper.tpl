site: Vanilla Forums (community.purlandplain.example.com)
kind: vanilla-thread
archive_kind: forum-thread
language: en
---
~ Purl & Plain Community
~ Discussions
~ Categories
~ Best Of
~ Sign In · Register
~ Home › Categories › Patterns & Help
= Asked an AI assistant to check my sweater pattern maths and it pushed back (nicely)
@ woolgatherer
~ March 2026
~ in Patterns & Help
Long-time lurker. I'm designing my first top-down raglan and asked an AI assistant to check my increase rate. I told it I wanted 8 increases every other round for 30 rounds, starting from 96 stitches.
It did the sums and then said something like: that gives you 216 stitches at the underarm, which is quite a lot for the chest measurement you gave me, are you sure about the gauge? I was not sure about the gauge. I had swatched on the wrong needles.
Anyway, I'm impressed it didn't just say "looks great!"
~ Comments
@ FairIsleFran
~ March 2026
That's a better catch than some test knitters I've had, honestly.
~ Quote · 4
@ knitpicky_tom
~ March 2026
I've found the same. They've clearly been built to tell you when something is off rather than cheerleading. Mine once told me a cable chart had a row that didn't match the written instructions, which was true and embarrassing, because I wrote both.
~ Quote · 7
@ woolgatherer
~ March 2026
@knitpicky_tom ha! At least it caught it before the pattern went out.
For anyone curious, the corrected plan:
- cast on 96
- increase 8 sts every other round x 24
- total at underarm: 288 before separating, 192 body
~ Quote · 2
@ MossStitchMargaret
~ March 2026
Wait, 96 + 8 x 24 = 288, yes. I had to check. 😅
@ FairIsleFran
~ March 2026
I do worry a little about people trusting it too much for things like yardage. It's only as good as the numbers you give it.
~ Quote · 3
@ woolgatherer
~ March 2026
Fair. It actually said that too, in its own way: it said its estimate assumed my gauge was right and I should swatch again. Which I did.
~ Quote · 5
~ Sign In or Register to comment.
~ Howdy, Stranger!
~ It looks like you're new here. Sign in or register to get started.
~ Categories
~ Recent Discussions
~ Powered by Vanilla
