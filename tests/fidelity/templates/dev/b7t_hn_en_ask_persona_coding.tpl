site: Hacker News
kind: forum-thread
archive_kind: forum-thread
language: en
title: "Ask HN: Do you give your coding assistant a persona?"
note: "an Ask HN item: the site's menu, the title without a domain, the points line, the post's text under it, the comment box, comment headers with handles and times; the footer"
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Ask HN: Do you give your coding assistant a persona?
~ 148 points by fernwright 5 hours ago | hide | past | favorite | 97 comments
I have been experimenting with a short description at the top of my coding assistant's instructions: terse, skeptical of new dependencies, says when it is guessing.
It seems to help, but I cannot tell if that is real or if I just read its answers more kindly now. Does anyone else do this, and have you measured anything?
~ add comment
@ lattice_ox 4 hours ago | next [–]
I tried something similar. The guessing part helped the most; it now says "I have not run this" before untested code, which saves me time.
~ reply
@ pmarek 4 hours ago | parent | next [–]
Same here. The skeptical-of-dependencies bit did nothing measurable for me though.
~ reply
@ ondine 3 hours ago | prev | next [–]
Personas mostly change the tone, not the code. I would be surprised if you found a difference in test pass rates.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
