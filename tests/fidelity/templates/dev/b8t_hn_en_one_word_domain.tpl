site: Hacker News
kind: forum-thread
archive_kind: forum-thread
language: en
title: "Sycophancy"
note: "a link item whose title is one word with the linked page's domain after it; the points line under it, comment headers with handles and times"
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Sycophancy (kettleworks.dev)
~ 212 points by mossgrove 7 hours ago | hide | past | favorite | 140 comments
@ tern_at_dusk 6 hours ago | next [–]
The article argues sycophancy is a product decision, not a training accident. I mostly agree, but the incentives point the other way.
~ reply
@ qlin 6 hours ago | parent | next [–]
Users rate agreeable answers higher. That is the whole problem in one sentence.
~ reply
@ brackenfield 5 hours ago | prev | next [–]
The part about assistants agreeing with both sides of an argument in the same chat was funny and a little sad.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
