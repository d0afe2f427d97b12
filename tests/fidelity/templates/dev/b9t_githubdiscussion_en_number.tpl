site: "GitHub (github.com), a repository's discussion"
kind: issue-thread
archive_kind: forum-thread
language: en
title: "How short can a persona file be before the character fades?"
note: "a GitHub discussion: the site's header, the repository's path (owner / name), its badges and tabs, the discussion's title with its number glued on, the state and category line, the asker's line; the comments' headers, the reactions and the sidebar are chrome or metadata"
---
~ Skip to content
~ Navigation Menu
~ fernleaf / kettle-persona
~ Public
~ Notifications   Fork 12   Star 140
~ Code   Issues 14   Pull requests 3   Discussions   Actions   Security
= How short can a persona file be before the character fades? #212
~ Unanswered
@ quietmoss asked this question in Q&A
I have been trimming our persona file to fit a smaller model. At about eighty words the answers still sound like the character; at forty they sound like any assistant.
Has anyone found a way to measure where that line is, instead of reading transcripts by hand?
~ Replies: 2 comments
@ tidewater-ink Dec 4, 2026
We ask a second model to guess which of three personas wrote each answer. When it starts guessing at chance, the file is too short.
@ quietmoss Dec 4, 2026
That is clever. Do you keep the three personas fixed between runs?
~ Category
~ Q&A
~ Labels
~ None yet
~ 2 participants
