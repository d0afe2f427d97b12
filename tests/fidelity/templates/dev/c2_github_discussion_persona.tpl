site: GitHub Discussions (github.com)
kind: issue-thread
archive_kind: forum-thread
language: en
note: a discussion in the Q&A category — repository header, "Answered by", the per-comment "Comment options" menus, reaction rows and "Beta Was this translation helpful? Give feedback." under every comment
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ hollyridge
~ /
~ charsheet
~ Public
~ Notifications
~ Fork 6
~ Star 84
~ Code
~ Issues 11
~ Pull requests 2
~ Discussions
~ Actions
~ Security
~ Insights
= How should a persona file express "disagree politely"?
~ Answered by hollyridge
@ wrenfold asked this question in Q&A
~ Discussion options
@ wrenfold
~ on Sep 14, 2024
I am writing a persona file for a tutoring assistant. I want it to push back when a student's proof is wrong, but the persona keeps turning that into either flattery or a lecture.
Is there a field for this, or should it live in the free-text description?
~ 👍 3
~ Beta Was this translation helpful? Give feedback.
~ 2 comments · 1 reply
~ Comment options
@ hollyridge
~ on Sep 15, 2024
~ Maintainer
Put it in the description, with an example. The schema has no field for tone on purpose: a single adjective gets read a dozen ways.
Something like "when the student is wrong, say which step fails and ask a question about it" works better than "be honest but kind".
~ 👍 5 ❤️ 1
~ Beta Was this translation helpful? Give feedback.
~ Marked as answer by wrenfold
~ 1 reply
@ wrenfold
~ Sep 15, 2024
~ Author
The example did it. It now names the step and asks one question, and nobody has complained about a lecture since.
~ Beta Was this translation helpful? Give feedback.
~ Answer selected by wrenfold
~ Category
~ 🙏 Q&A
~ Labels
~ None yet
~ 2 participants
~ Footer
~ © 2025 GitHub, Inc.
~ Terms
~ Privacy
~ Status
~ Docs
~ Contact
