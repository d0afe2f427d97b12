site: Matrix chat room (Element export to plain text)
kind: chat-export
archive_kind: forum-thread
language: en
note: "an Element export: the export's heading, then the room's name and its address, then the room's topic and the export's own lines (who exported it, when); each message is a timestamped line with the sender's display name; membership events and reactions interleave"
---
~ Exported Data
= Persona Evals Working Group
~ #persona-evals:example.org
~ Topic: sharing methods for testing whether a model keeps its character across long chats
~ Exported by @lin:example.org on 12 May 2025, 20:14
~ This is the start of the room.
~ Mon, 12 May 2025
~ ravi-k joined the room
@ Lin Oyelaran
~ 19:02
I pushed the new long-context test set. Each conversation now runs past two hundred turns before we score anything.
@ ravi-k
~ 19:04
Nice. Are the scores still per turn, or only at the end?
@ Lin Oyelaran
~ 19:06
Both. The per-turn scores show where the drift starts, which matters more than the final number.
~ 👍 2
@ Mads T.
~ 19:11
One worry: long chats in the set are all friendly. A model might hold its character with kind users and lose it with rude ones.
@ ravi-k
~ 19:12
Good point. I can write a batch of hostile conversations this week.
~ (edited)
~ Mads T. left the room
