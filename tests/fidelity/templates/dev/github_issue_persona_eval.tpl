site: GitHub (issue thread)
kind: issue-thread
archive_kind: forum-thread
language: en
title: Persona consistency score drops to zero when the system prompt is a list
note: the heading carries the issue number after the title; timeline events and the sidebar come after the comments; one comment quotes the post (the scrape lost the quote marker)
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ tallowlabs / persona-eval
~ Public
~ Notifications
~ Fork 41
~ Star 612
~ Code
~ Issues 38
~ Pull requests 6
~ Actions
~ Insights
= Persona consistency score drops to zero when the system prompt is a list #214
~ New issue
~ Closed
@ mirela-d opened this issue on Mar 4, 2024 · 4 comments
@ mirela-d commented on Mar 4, 2024
When the system prompt describes the persona as a bulleted list, the consistency metric reports 0.0 for every transcript, even for ones that are plainly in character.
Steps to reproduce:
1. Write a persona file with the traits as a list: patient, dry humour, never uses exclamation marks.
2. Run the scorer on a folder of about forty transcripts.
3. Every row of the report says consistency = 0.0.
Expected: roughly the score I get when the same traits are written out as a sentence, which is about 0.8 on these transcripts.
Version 0.9.2, Python 3.11, macOS 14.
~ 👍 3
@ okonkwo-t commented on Mar 5, 2024
Can reproduce. The trait extractor splits the prompt into sentences and a list has none, so it finds zero traits and quietly divides by zero.
the consistency metric reports 0.0 for every transcript
It should not report anything in that case. A zero looks like a real result, and sooner or later someone puts it in a paper.
~ 👍 5 ❤️ 1
~ okonkwo-t added the bug label Mar 5, 2024
~ mirela-d mentioned this issue Mar 6, 2024
~ Trait extractor ignores markdown lists #215
~ Member
@ hpark-dev commented on Mar 7, 2024 • edited
Thanks both, agreed on both counts: lists should be parsed, and an empty trait set should be an error rather than a score. The fix is in #216.
One question for the thread: should a persona with a single trait be allowed at all? With one trait the consistency score is trivially high.
~ 👍 2
~ Author
@ mirela-d commented on Mar 8, 2024
I would allow it with a warning. Some of my test personas are minimal on purpose, like "always answers in the second person", and I want to see whether that one rule survives a long chat.
~ 🎉 1
~ hpark-dev closed this as completed in #216 Mar 9, 2024
~ Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment
~ Assignees
~ hpark-dev
~ Labels
~ bug
~ Projects
~ None yet
~ Milestone
~ v0.9.3
~ Development
~ Successfully merging a pull request may close this issue.
~ Footer
~ © 2024 GitHub, Inc.
~ Terms
~ Privacy
~ Security
~ Status
~ Docs
