site: Hacker News (Show HN item)
kind: forum-thread
archive_kind: forum-thread
language: en
title: "Show HN: A tiny tool that checks whether a chatbot stays in character"
note: "the title as the site prints it, followed by the linked site's domain in parentheses; the points line and comment headers are metadata"
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Show HN: A tiny tool that checks whether a chatbot stays in character (github.com/wrenlab)
@ 96 points by wrenlab 5 hours ago | hide | past | favorite | 31 comments
I built this after a weekend of arguing with my own role-play bot. It replays a conversation with a persona prompt and flags the turns where the voice drifts.
It is a few hundred lines and uses a small embedding model, so it runs on a laptop.
@ tolland 4 hours ago | next [–]
Nice. How do you decide what counts as the persona's voice? Style samples, or the prompt itself?
~ reply
@ wrenlab 4 hours ago | parent | next [–]
Style samples. The prompt describes the character, but the samples show it, and that turned out to matter more.
~ reply
