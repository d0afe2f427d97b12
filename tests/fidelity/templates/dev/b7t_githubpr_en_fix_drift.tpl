site: GitHub (pull request)
kind: issue-thread
archive_kind: forum-thread
language: en
title: Fix persona drift when the history is truncated
note: "a pull request: the repository's chrome, the PR's title with its number, the merged state and the merge line, the PR's tabs with counts, the description and a review comment; the checks summary and the sidebar are chrome"
---
~ Skip to content
~ Navigation Menu
~ quietbench / companion-kit
~ Public
~ Code
~ Issues 52
~ Pull requests 9
~ Actions
= Fix persona drift when the history is truncated #97
~ Merged
~ ines-kaur merged 3 commits into main from fix/truncate-drift on Mar 6, 2026
~ Conversation 2
~ Commits 3
~ Checks 4
~ Files changed 5
@ ines-kaur commented on Mar 5, 2026
When the history is cut to fit the context window, the persona block was cut with it if it sat in the oldest messages. This change pins the persona block so that truncation never removes it.
Fixes #482.
@ toma-veld commented on Mar 6, 2026
Tested with a 200-turn session. The voice stays the same after truncation now.
~ All checks have passed
~ 4 successful checks
~ Reviewers
~ toma-veld
~ Labels
~ bug
