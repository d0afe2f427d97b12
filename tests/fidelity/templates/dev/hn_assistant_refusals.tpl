site: Hacker News
kind: forum-thread
language: en
title: Why does my assistant refuse harmless requests?
note: the linked page's domain after the title is the link's, not the title's (the site's <title> has no domain)
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Why does my assistant refuse harmless requests? (example.org)
~ 312 points by kettle_logic 7 hours ago | hide | past | favorite | 164 comments
~ add comment
@ rowan_ix 6 hours ago | next [–]
The pattern I see is that refusals track surface features, not actual risk. Ask how to kill a Python process and some models get nervous about the word kill.
That was much worse a year ago. The newer models seem to read the whole request before deciding.
~ reply
@ mabel_q 6 hours ago | parent | next [–]
It is still there in subtler forms. Ask for a villain's monologue and you get a monologue followed by a paragraph explaining that villainy is bad.
~ reply
@ rowan_ix 5 hours ago | root | parent | next [–]
Fair, though I would call that a tone problem rather than a refusal. The assistant is doing the task and then apologising for its personality.
~ reply
@ deltaforge 6 hours ago | prev | next [–]
Refusal is a product decision pretending to be an ethical one. The lab decides how much support cost it can tolerate and the model's "values" follow from that.
~ reply
@ hollis 5 hours ago | parent | next [–]
I do not think that is fair. Some of the refusals are obviously about liability, but some are about the model having been trained on a picture of what a good assistant is, and that picture includes saying no sometimes.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
