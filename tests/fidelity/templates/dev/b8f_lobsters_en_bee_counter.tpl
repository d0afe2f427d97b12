site: "Lobsters-style link aggregator (tilde.example)"
kind: forum-thread
archive_kind: forum-thread
language: en
title: "A hive scale that tells you when the bees are bored"
note: "a link aggregator on the Lobsters software: the menu, the story's score, tags and domain over the byline (metadata), the story's actions, each comment's score widget and header (metadata), collapsed and deleted comments, and the footer row of links"
---
~ tilde.example
~ Active
~ Recent
~ Comments
~ Search
~ Login
= A hive scale that tells you when the bees are bored
~ 18
~ hardware ai
~ hivelog.example
@ via quernstone 5 hours ago | 9 comments
~ hide | save | flag | cache | archive.org
I put a cheap load cell under one hive and a small language model on the logger. Every evening it writes a note in the voice of the colony.
The notes are silly, but the weight curve underneath them is real: a flat day in July means the nectar flow has stopped.
~ 9 comments
~ ▲
~ 11
~ ▼
@ fennwick 4 hours ago | link | flag | reply
Does the voice stay the same from day to day? I would expect it to drift as the notes pile up in the context.
~ ▲
~ 4
~ ▼
@ quernstone 4 hours ago | link | flag | reply
It resets each evening, so the character is whatever the system prompt says. Grumpy, mostly.
~ [-] comment removed by author
~ ▲
~ 2
~ ▼
@ arlo_t 2 hours ago | link | flag | reply
Grumpy bees are the honest kind. Ours sting the scale every time I recalibrate it.
~ About | Tags | Filter | Moderation Log | Privacy | Chat | Wiki
~ tilde.example is a computing-focused community centered around link aggregation and discussion.
