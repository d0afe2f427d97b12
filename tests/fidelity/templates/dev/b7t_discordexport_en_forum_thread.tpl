site: Discord thread export (DiscordChatExporter, plain text)
kind: chat-export
archive_kind: forum-thread
language: en
title: "Why does the bot switch to a formal tone at night?"
note: "a plain-text export of a forum channel's thread: the server, then the channel as 'forum / thread name' where the thread's name is a question, the topic line absent; messages as '[date time] name', one with an embed block and a reaction block"
---
~ ==============================================================
~ Guild: Kettle Works Community
@ Channel: help-forum / Why does the bot switch to a formal tone at night?
~ ==============================================================
~ [3/4/2026 11:02 PM] pell.m
After about ten at night the bot starts saying "Certainly" and "I would be glad to". In the daytime it is relaxed. Is there a night mode I turned on by accident?
~ [3/4/2026 11:09 PM] okafor
There is no night mode. The bot copies the register of the conversation, and late chats tend to be shorter and more formal.
~ {Reactions}
~ 👀 (2)
~ [3/4/2026 11:15 PM] pell.m
That makes sense, my evening messages are mostly one-line requests. I will try writing more casually.
~ [3/4/2026 11:17 PM] okafor
Let us know if it helps.
~ ==============================================================
~ Exported 4 message(s)
~ ==============================================================
