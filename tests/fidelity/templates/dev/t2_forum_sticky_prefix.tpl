site: phpBB forum with a sticky announcement (Home Automation Corner)
kind: forum-thread
archive_kind: forum-thread
language: en
title: Read this before asking about voice assistant personalities
note: "the board's sticky topic: phpBB prints 'Sticky:' before the title in the scrape; board navigation and breadcrumb above, post meta and rank under each author"
---
~ Home Automation Corner
~ Quick links
~ FAQ
~ Login
~ Register
~ Board index ‹ Voice Assistants
= Sticky: Read this before asking about voice assistant personalities
~ Post by
@ gridlock_gus
~ » Tue Mar 04, 2025 8:15 am
Most questions in this forum are about changing how an assistant talks. Before posting, check whether your assistant has a style or verbosity setting; most do.
If you are running a local model, the persona usually lives in the system prompt. Post that prompt with your question, or nobody can help.
Please keep one topic per question, and mark it solved when it is.
~ Top
~ Display posts from previous:
