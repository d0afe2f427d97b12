site: "Hacker News (news.ycombinator.com)"
kind: hn-thread
archive_kind: forum-thread
language: en
title: "Ask HN: Do you give your coding assistant a personality?"
note: "an Ask HN item saved with the browser's tab title on the first line (\"… | Hacker News\"); the site's menu, the points-and-author line and each comment's header line are metadata or chrome; the question's text and the comments are content"
---
~ Ask HN: Do you give your coding assistant a personality? | Hacker News
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Ask HN: Do you give your coding assistant a personality?
@ 87 points by tidewater_ink 6 hours ago | hide | past | favorite | 41 comments
I have been writing a short character note at the top of my assistant's instructions: terse, a little dry, never cheerful about failing tests. It seems to make the answers better, but I cannot tell whether that is the personality or just the brevity.
Does anyone measure this?
~ add comment
@ quillon 5 hours ago | next [–]
We tried a cheerful one and a dry one on the same tasks. The code was the same; the number of follow-up questions was not.
@ tidewater_ink 5 hours ago | parent | next [–]
Which one got more follow-ups?
@ quillon 4 hours ago | parent | next [–]
The cheerful one. People asked it to confirm things it had already said.
@ mossbank 3 hours ago | prev | next [–]
Brevity is most of it in my experience.
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
