site: Discord channel export (DiscordChatExporter, plain text)
kind: chat-export
archive_kind: forum-thread
language: en
title: persona-drift
note: "a plain-text channel export: a rule of '=' signs, the server, the channel as 'category / name', its topic, another rule; each message is '[date time] name' then its text; reactions and attachments under messages; the export's own count at the end"
---
~ ==============================================================
~ Guild: Persona Lab
@ Channel: Evaluations / persona-drift
~ Topic: Reports of assistants changing character mid-conversation
~ ==============================================================
~ [04/03/2025 19:02] lin.o
Has anyone seen drift get worse when the system prompt is very long? Our longest prompts drift the most.
~ [04/03/2025 19:05] mads
Yes. My guess is that the character description gets diluted among all the tool instructions.
~ {Reactions}
~ 👍 (3)
~ [04/03/2025 19:09] ravi
We moved the character section to the end of the prompt and the drift shrank a little. Worth trying.
~ ==============================================================
~ Exported 3 message(s)
~ ==============================================================
