site: "GitHub (github.com issue)"
kind: issue-thread
archive_kind: forum-thread
language: en
title: "Tone card is ignored after the fifth turn"
note: "a GitHub issue: the repo header and tabs, the issue's number, state and opener line, each comment's header (metadata) with role badges, the edited mark and reactions, the timeline events, the sidebar (assignees, labels, projects, milestone, development, notifications, participants) and the footer"
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ tealeaf-labs / persona-kit
~ Public
~ Notifications
~ Fork 41
~ Star 612
~ Code
~ Issues 37
~ Pull requests 5
~ Actions
~ Security
~ Insights
= Tone card is ignored after the fifth turn
~ #482
~ Open
~ mirela-k opened this issue Dec 4, 2026 · 3 comments
@ mirela-k commented Dec 4, 2026
When a conversation goes past five turns, the assistant drops the tone card and answers in its default voice.
Steps: load the "patient gardener" card, ask five questions about compost, then ask a sixth. The sixth answer has none of the card's phrasing.
~ 👍 4
@ odin-park commented Dec 4, 2026
~ Member
I can reproduce this on 0.14.2. The card is only injected into the first system message and the summariser drops it.
~ odin-park added the bug label Dec 4, 2026
~ odin-park self-assigned this Dec 4, 2026
@ mirela-k commented Dec 5, 2026
~ Author
~ edited
Thanks. A workaround for now: repeat the card's first line in the user message every few turns.
~ Assignees
~ odin-park
~ Labels
~ bug
~ Projects
~ None yet
~ Milestone
~ No milestone
~ Development
~ No branches or pull requests
~ Notifications
~ Subscribe
~ You're not receiving notifications from this thread.
~ 2 participants
~ Footer
~ © 2026 GitHub, Inc.
~ Terms
~ Privacy
