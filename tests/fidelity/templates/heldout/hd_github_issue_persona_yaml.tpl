site: "GitHub"
kind: github-issue
archive_kind: forum-thread
language: en
note: "GitHub issue; title after the repo nav with the issue number; key: value lines in the report and a one-line 'Same here.' comment are content; reaction rows are chrome."
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ harrow-labs / persona-kit
~ Public
~ Notifications
~ Fork 42
~ Star 611
~ Code
~ Issues 37
~ Pull requests 5
~ Actions
~ Security
~ Insights
= Persona file ignores `tone.formality` when `locale` is set #214
~ New issue
~ Open
@ fennel-rs opened this issue on Jan 22, 2025 · 4 comments
@ fennel-rs commented on Jan 22, 2025
When a persona file sets both a locale and a formality level, the rendered prompt keeps the locale but silently drops the formality line.
persona-kit version: 0.9.3
Python: 3.12.1
locale: de-AT
tone.formality: high
Expected: the German prompt should use the formal address throughout. Actual: the assistant switches to the informal form after the greeting.
~ 👍 3
@ ortolan commented on Jan 23, 2025
Same here.
~ 👍 1
@ mbira-dev commented on Jan 24, 2025 • edited
Looks like the locale template overwrites the tone block instead of merging it. I have a small patch that merges the two dictionaries before rendering; I can open a pull request this week if that helps.
~ ❤️ 2
~ fennel-rs added the bug label on Jan 24, 2025
~ mbira-dev mentioned this issue on Jan 26, 2025
~ Merge tone settings into locale templates #219
@ fennel-rs commented on Jan 27, 2025
Tested the branch with de-AT and fr-CH and both keep the formal register now. Thanks!
~ Assignees
~ No one assigned
~ Labels
~ bug
~ Projects
~ None yet
~ Milestone
~ No milestone
~ Footer
~ © 2025 GitHub, Inc.
~ Terms Privacy Security Status Docs Contact
