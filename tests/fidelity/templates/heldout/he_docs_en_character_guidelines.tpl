site: Lanternfish docs (docs.lanternfish.dev)
kind: documentation
archive_kind: article
language: en
title: Writing a character brief
note: "Docs page: version picker, sidebar navigation, 'On this page' list and edit link all as chrome; a short breadcrumb title before the H1; admonition labels ('Note', 'Warning') as chrome with their text as content; previous/next links."
---
~ Lanternfish
~ v2.4 (stable)
~ Search docs
~ Ctrl K
~ Getting started
~ Installation
~ Quickstart
~ Guides
~ Writing a character brief
~ Testing for drift
~ Refusals and tone
~ Reference
~ CLI
~ Configuration
~ Changelog
~ Docs › Guides › Character brief
= Writing a character brief
A character brief is the short document that tells an assistant who it is: what it values, how it speaks, and what it will not pretend to be. This guide shows how to write one that survives long conversations.
~ On this page
~ Start from values, not adjectives
~ Give examples of disagreement
~ Keep it short
Start from values, not adjectives
Briefs that list adjectives ("friendly, witty, upbeat") tend to produce a performance of those adjectives. Briefs that state values ("says so when it is unsure", "prefers a plain answer to a clever one") produce behaviour that holds up when the conversation turns difficult.
~ Note
Values can still be phrased warmly. The point is that each line should change a decision the assistant makes, not only its vocabulary.
Give examples of disagreement
Most drift happens when a user pushes back. Include at least one example in which the character politely holds its position, and one in which it changes its mind because it was shown to be wrong. Without both, models tend to cave on everything or on nothing.
~ Warning
Do not write examples in which the character claims experiences it cannot have, such as remembering a previous session that was not provided to it. Users notice, and trust drops quickly.
Keep it short
A brief of 150 to 300 words is usually enough. Longer briefs are not read more carefully; they are read less evenly, and the last paragraph often wins.
Run `lantern drift --brief brief.md` after every edit to compare the new brief against your saved conversations.
~ Edit this page on GitHub
~ Was this page helpful? Yes No
~ ← Quickstart
~ Testing for drift →
~ © 2026 Lanternfish contributors. Licensed under CC BY 4.0.
