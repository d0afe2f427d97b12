site: "Discord (web client, copied from the browser)"
kind: chat-export
archive_kind: forum-thread
language: en
title: "Why does the hive bot call everyone 'love'?"
note: "a forum channel's post copied from Discord's web client: the server and channel menu, each message headed by the name, an em dash and the day and time ('name — Today at 10:42 PM', 'name — 03/04/2026 9:12 PM'), a bot's APP badge, the edited mark, reaction emoji over their counts, the date divider and the message box; a message that is one word, and one that is an emoji, stay"
---
~ Hive Keepers
~ Events
~ Browse Channels
~ help-forum
~ Why does the hive bot call everyone 'love'?
= Why does the hive bot call everyone 'love'?
~ March 4, 2026
~ wren.apiary — 03/04/2026 9:12 PM
Our hive bot started calling every member "love" after the last update. It is sweet for the old hands and odd for the new ones.
Is that something in its prompt or did the model pick it up from us?
~ tomas_k — 03/04/2026 9:20 PM
It picked it up from the channel. Half the regulars sign off with "cheers, love".
~ 😂
~ 4
~ 👍
~ 2
@ HiveHelper
~ APP
~ — 03/04/2026 9:21 PM
I take my tone from the conversations I am given, so a warm channel gets a warm helper. I can be asked to keep to first names instead.
~ (edited)
~ wren.apiary — 03/04/2026 9:25 PM
Yes
~ wren.apiary — 03/04/2026 9:25 PM
Please use first names from now on, it reads less like a shop.
~ tomas_k — Today at 8:02 AM
🐝
~ Jump to present
~ Message #help-forum
