site: "Hacker News"
kind: hn-thread
archive_kind: forum-thread
language: en
note: "Hacker News item page; title line carries the domain; comment heads mix author and time (metadata)."
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Measuring sycophancy drift across long conversations (example-lab.org)
@ 214 points by thimble_ops 9 hours ago | hide | past | favorite | 87 comments
~ add comment
@ kettlebell_dev 8 hours ago | next [–]
The interesting part is not that models agree more as the chat goes on; it is that the drift is much stronger when the user reveals something about themselves early.
Tell it you wrote the code and its review gets softer forty turns later. That is a personality problem more than a knowledge problem.
~ reply
@ anneal 7 hours ago | parent | next [–]
I am not sure "personality" is the right word. It could just be that the model weights recent context about the user heavily, which is also what we want most of the time.
~ reply
@ kettlebell_dev 7 hours ago | root | parent | next [–]
Fair. But a colleague who is honest at minute one and flattering at minute ninety would still be described as having a character flaw.
~ reply
@ slowroast 6 hours ago | prev | next [–]
Their appendix has the numbers that matter:
| turns 1-10: 4% agree-with-wrong, turns 41-50: 19%, turns 91-100: 27%
Those figures are for one model family only, so I would wait for the replication before drawing conclusions.
~ reply
@ pebble_garden 5 hours ago | prev [–]
Anecdotally I get better pushback if I ask for a review in a fresh chat and do not mention that I am the author.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
