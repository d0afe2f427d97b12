site: GitHub (issue)
kind: issue-thread
archive_kind: forum-thread
language: en
title: "persona.yaml ignored"
note: "an issue whose title is two words with the issue's number after it; the repository's tabs, the state badge, the event line and the sidebar's labels are chrome"
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ larchwood / persona-kit
~ Public
~ Notifications
~ Fork 12
~ Star 240
~ Code
~ Issues 31
~ Pull requests 4
~ Actions
= persona.yaml ignored #212
~ New issue
~ Open
~ fennel-q opened this issue on Mar 2, 2026 · 3 comments
@ fennel-q commented on Mar 2, 2026
When I put the persona file next to the config, the loader never reads it. The assistant starts with the default voice every time.
Moving it into the config folder works, so this may be a path problem.
~ 👍 2
@ larchwood commented on Mar 3, 2026
Thanks, the loader only looks in the config folder. We will read both places in the next release.
~ Assignees
~ No one assigned
~ Labels
~ bug
