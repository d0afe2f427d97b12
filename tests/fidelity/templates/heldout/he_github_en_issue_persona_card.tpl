site: GitHub (github.com)
kind: github-issue
archive_kind: forum-thread
language: en
title: "Persona card ignored when the system prompt also sets a tone"
note: "GitHub issue: repository header and tabs above the title, '#412' and the Open badge on their own lines, comment headers as metadata, a fenced config kept as content, labels and reactions as chrome."
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ quietloom / persona-kit
~ Public
~ Notifications
~ Fork 38
~ Star 611
~ Code
~ Issues 27
~ Pull requests 4
~ Actions
~ Wiki
~ Security
~ Insights
= Persona card ignored when the system prompt also sets a tone
~ #412
~ Open
@ tamsin-r opened this issue Nov 27, 2026 · 3 comments
@ tamsin-r
~ commented Nov 27, 2026
When a persona card defines `voice: dry` and the caller's system prompt also contains a line like "Be cheerful", the card's voice is silently dropped. I expected either a merge or a warning.
Steps to reproduce:
| - Load the card below with `persona-kit load card.yaml`.
| - Start a session with `--system "Be cheerful and brief."`
| - Ask any question; the reply is cheerful, and `persona-kit inspect` shows `voice: (none)`.
name: Archivist
voice: dry
values:
  - admits uncertainty
  - no flattery
Version 0.9.3, Python 3.12 on Debian.
~ 👍 5
@ okonkwo-dev
~ commented Nov 28, 2026
~ Member
Thanks for the clear report. This is the precedence rule in `resolve_voice()`: a tone set in the system prompt wins, and we drop the card's value instead of recording the conflict. That was deliberate in 0.7, but the silent part is a bug.
I think the right fix is to keep the card's voice, add the caller's tone as a note, and log a warning naming both. Would that work for your case?
~ 👍 3 ❤️ 1
@ tamsin-r
~ commented Nov 28, 2026
~ Author
That works. The warning matters most: we only noticed because a tester said the archivist had "started sounding like a cruise director."
@ lindgren-a
~ commented Nov 29, 2026
Same thing happens with `formality`, for what it's worth. Happy to send a test case for both.
~ 😄 2
~ okonkwo-dev added the bug label Nov 28, 2026
~ okonkwo-dev added this to the 0.10 milestone Nov 28, 2026
~ Assignees
~ okonkwo-dev
~ Labels
~ bug
~ persona-cards
~ Projects
~ None yet
~ Milestone
~ 0.10
~ Development
~ No branches or pull requests
~ Footer
~ © 2026 GitHub, Inc.
~ Terms Privacy Security Status Docs Contact
