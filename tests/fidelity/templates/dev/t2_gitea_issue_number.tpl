site: Forgejo/Gitea instance (Codeberg-style issue page)
kind: issue-thread
archive_kind: forum-thread
language: en
title: Persona loader ignores the tone field when it is written in lowercase
note: "the issue's title, then its number and its state each on a line of its own, then who opened it; the repository's menu above, the sidebar after the comments"
---
~ Codewharf
~ Explore
~ Help
~ Register
~ Sign in
~ fennel-works/character-kit
~ Watch 9
~ Star 58
~ Fork 4
~ Code
~ Issues 17
~ Pull requests 2
~ Releases 5
~ Wiki
~ Activity
= Persona loader ignores the tone field when it is written in lowercase
~ #123
~ Open
@ brisa-m opened this issue 2 days ago · 3 comments
A persona file with `Tone: dry` works, but `tone: dry` is silently ignored and the character falls back to the neutral tone. Every other field accepts either case.
I noticed because a character that should be laconic started using three exclamation marks per answer.
@ halloran commented 2 days ago
Confirmed on the main branch. The loader compares keys without folding their case, except for the tone field, which was added later through a separate code path.
Would you accept a pull request that folds every key once, when the file is read?
@ brisa-m commented yesterday
Yes please. It would also be good to warn about unknown keys, so a typo does not turn into a quiet default again.
~ halloran added the bug label yesterday
~ Labels
~ bug
~ Milestone
~ No milestone
~ Assignees
~ No one assigned
~ Participants
~ Powered by Forgejo
~ Licenses
~ API
