site: GitHub pull request page
kind: issue-thread
archive_kind: forum-thread
language: en
title: Add a verbosity setting to persona files
note: "a pull request: the repository's header, the title with its number, 'Merged', who merged which branch, the tabs, then the description and review comments"
---
~ Skip to content
~ Sign in
~ larkspur-dev / chat-persona
~ Code
~ Issues 12
~ Pull requests 3
= Add a verbosity setting to persona files #345
~ Merged
@ okafor-j merged 3 commits into main from verbosity-setting Mar 4, 2025
~ Conversation 2
~ Commits 3
~ Files changed 4
This adds a `verbosity` key to persona files, from 1 (terse) to 3 (chatty), and uses it when the assistant decides how much to add beyond the direct answer.
Default is 2, which matches the current behaviour, so existing personas do not change.
@ mei-lin reviewed Mar 4, 2025
Looks good. Could the docs include an example of level 1? People will want to see how terse it gets.
@ okafor-j commented Mar 4, 2025
Added one in the last commit.
~ Reviewers
~ Labels
~ enhancement
