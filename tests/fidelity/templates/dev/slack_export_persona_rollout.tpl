site: Slack archive mirror (slackarchive-style public log)
kind: chat-export
archive_kind: forum-thread
language: en
title: "#persona-evals — the tone regression after the March update"
note: a public web mirror of a Slack channel; each message is headed by the display name and a time on the same row ("name  10:42 AM"), thread reply counts and emoji reactions under messages; the date divider repeats
---
~ Slack Archive
~ Browse workspaces
~ Open Models Collective
~ Channels
~ #general
~ #persona-evals
~ #random
~ Log in with Slack
= #persona-evals — the tone regression after the March update
~ Tuesday, March 11th
@ Priya Raman  10:42 AM
Heads up: since the March checkpoint the support persona apologises in almost every reply, even when nothing went wrong.
I counted 61 apologies in a sample of 200 replies, up from 9 in the February checkpoint.
~ :eyes: 4
~ :white_check_mark: 1
~ 7 replies
~ Last reply 2 hours ago
@ Tomasz Wilk  10:47 AM
Is that the persona prompt or the base model? We also changed the system prompt that week.
@ Priya Raman  10:51 AM
Good question. I ran the old prompt on the new checkpoint and the apologies stay, so it looks like the model.
@ Ines Cardoso  11:03 AM
We saw the same thing in the tutoring persona. My guess is the new preference data rewarded politeness without checking whether there was anything to be sorry for.
An assistant that apologises for everything stops meaning it when it matters.
~ :100: 6
~ :pray: 2
~ Tuesday, March 11th
@ Tomasz Wilk  11:20 AM
Could we add a probe to the eval: ten prompts where nothing went wrong, and a count of replies that apologise anyway?
@ Ines Cardoso  11:22 AM
Yes, and ten where something did go wrong, so we do not train it into never apologising at all.
~ :+1: 5
~ (edited)
@ Priya Raman  11:40 AM
I will write both sets this afternoon and post the numbers here tomorrow.
~ :rocket: 3
~ Showing messages 1–8 of 8
~ Older messages
~ Newer messages
~ This archive is generated from a public Slack workspace. Messages are shown as they were posted.
~ © Slack Archive · Privacy · Terms
