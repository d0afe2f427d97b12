site: GitLab issue page (self-hosted instance)
kind: issue-thread
archive_kind: forum-thread
language: en
title: Eval harness counts a refusal in character as a persona break
note: "GitLab prints the state and 'Issue created … by …' above the title, the issue's number in the breadcrumb; activity and the sidebar after the description"
---
~ Skip to content
~ GitLab
~ Menu
~ Projects
~ Groups
~ Snippets
~ Help
~ Sign in
~ persona-lab / eval-harness / Issues / #58
~ Open
~ Issue created 2 weeks ago by
@ Juno Achterberg
= Eval harness counts a refusal in character as a persona break
When the persona is a strict librarian and the user asks for something the librarian would refuse, the harness marks the refusal as breaking character.
The refusal is in character. It uses the persona's voice and reasons. Only refusals in the default assistant voice should count as breaks.
~ Edited 2 weeks ago
~ Activity
@ Mateus Corbin
~ @mcorbin · 1 week ago
Agreed. We could compare the refusal's style with the persona's style samples before deciding.
@ Juno Achterberg
~ @jachterberg · 6 days ago
That would work. I can send a few labelled examples for a test set.
~ Please register or sign in to reply
~ Assignee
~ None
~ Labels
~ evaluation
