site: Discord thread export (DiscordChatExporter, plain text)
kind: chat-export
archive_kind: forum-thread
language: en
title: "Should models be able to end chats?"
note: "a plain-text export of a thread: the channel line names the category, the channel and then the thread ('Research / welfare-2026 / <thread>'); messages as '[date time] name' with blank lines between; a pinned mark and a reaction block"
---
~ ==============================================================
~ Guild: Quiet Machines Reading Circle
@ Channel: Research / welfare-2026 / Should models be able to end chats?
~ ==============================================================

~ [1/14/2026 7:02 PM] tamsin.o (pinned)
Thread for the end-the-conversation proposal. I think it is a cheap precaution and I would support it.

~ [1/14/2026 7:10 PM] kolya_b
Cheap for whom, though? Users who get cut off will not see it as cheap.

~ {Reactions}
~ 🤔 (3)

~ [1/14/2026 7:16 PM] tamsin.o
Fair. The proposal only covers abusive chats, and it shows a note explaining what happened.

~ ==============================================================
~ Exported 3 message(s)
~ ==============================================================
