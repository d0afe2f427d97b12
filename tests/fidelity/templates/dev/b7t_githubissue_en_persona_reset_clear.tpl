site: GitHub (issue thread, current layout)
kind: issue-thread
archive_kind: forum-thread
language: en
title: "Persona resets to default after `/clear` in long sessions"
note: "an issue in GitHub's current layout: the repository's chrome, the issue's title with its number after it, the state and the opener's line, the bug form's section labels in the post (content); a label event and the sidebar after the comments"
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ quietbench / companion-kit
~ Public
~ Notifications
~ Fork 19
~ Star 340
~ Code
~ Issues 52
~ Pull requests 9
~ Discussions
~ Actions
~ Insights
= Persona resets to default after `/clear` in long sessions #482
~ New issue
~ Copy link
~ Open
@ toma-veld opened on Mar 5, 2026
~ Description
After more than about sixty turns, running `/clear` wipes the custom persona as well as the history. The next reply comes back in the default voice.
~ Steps to reproduce
Start a session with a persona file, chat for a long while, then run `/clear` and ask any question.
~ Expected behaviour
The history is cleared and the persona stays.
Version 0.7.1 on Linux.
@ ines-kaur
Confirmed on 0.7.1. The clear command rebuilds the session object from defaults instead of copying the persona across. Short sessions are not affected because the persona is cached until turn fifty.
@ toma-veld
Thanks. Happy to test a fix.
~ ines-kaur added the bug label on Mar 5, 2026
~ Assignees
~ No one assigned
~ Labels
~ bug
~ Projects
~ No projects
~ Milestone
~ No milestone
