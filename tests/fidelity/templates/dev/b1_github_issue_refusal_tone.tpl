site: "GitHub (github.com)"
kind: github-issue
archive_kind: forum-thread
language: en
title: "Refusals sound robotic when a persona is active"
note: "the title follows the repository navigation and ends with the issue number on the same line; comments quote with \">\"; one comment is a line of emoji."
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ hollowbrook / persona-kit
~ Public
~ Notifications Fork 41 Star 608
~ Code Issues 73 Pull requests 9 Actions Projects Security Insights
= Refusals sound robotic when a persona is active #412
~ Open
~ wrenfield opened this issue on Jan 14 · 6 comments
@ wrenfield commented on Jan 14
When the assistant declines a request while the "gardener" persona is loaded, the refusal switches to a flat template voice. Everything before and after the refusal is in character, so the break is very noticeable.
Steps to reproduce:
1. Load examples/gardener.yaml
2. Ask for something the policy blocks
3. Compare the tone of the reply with the previous turn
Expected: the refusal keeps the persona's warmth while still declining.
~ 👍 9
@ moss-and-cable commented on Jan 15
| > the refusal switches to a flat template voice
This is on purpose in the current release, because the template is injected after the persona layer. We could move it before, but then personas could rewrite refusals into something vaguer, which is worse.
A middle path would be letting the persona phrase the refusal while a check makes sure the decision itself did not change.
~ 👍 4 ❤️ 2
@ wrenfield commented on Jan 15
That middle path sounds right to me. I care about the voice, not about softening the decision.
@ tamsin-o commented on Jan 16
🌱🌱🌱
@ moss-and-cable added the enhancement label on Jan 16
~ moss-and-cable self-assigned this on Jan 16
@ moss-and-cable commented on Jan 20
First version is in #431. It keeps the refusal decision fixed and only lets the persona rewrite the wording around it.
~ Assignees
~ Labels enhancement persona
~ Projects None yet
~ Milestone v0.9
~ Footer
~ © 2026 GitHub, Inc.
~ Terms Privacy Security Status Docs Contact
