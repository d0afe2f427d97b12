site: DiscordChatExporter plain-text export (.txt)
kind: chat-export
archive_kind: forum-thread
language: en
title: "Open Weights Club / #character-design"
note: a plain-text export made with a Discord exporter tool; the guild/channel header block, each message headed by "[date time] name", attachments and reactions on their own lines, the export footer with the message count
---
~ ==============================================================
~ Guild: Open Weights Club
~ Channel: General / character-design
~ Topic: designing characters for small open models
~ ==============================================================
= Open Weights Club / #character-design
@ [05/01/2026 20:14] quillon
Does anyone write a "values" section in their character prompts, or only style and backstory?
@ [05/01/2026 20:17] hazel.k
I always do now. Style alone makes a character that sounds right and behaves badly under pressure.
The values section is short: what it cares about, what it refuses, and how it says no.
~ {Reactions}
~ 👍 (4)
@ [05/01/2026 20:21] quillon
How do you keep it from turning into a list of rules it recites?
@ [05/01/2026 20:26] hazel.k
Write the values as things the character does, not things it says. "She checks before she promises" works better than "She is honest".
~ {Attachments}
~ https://cdn.example.net/attachments/values_example.txt
@ [05/01/2026 20:30] moth_and_lamp
Agree. And test it with someone who is rude to the character. Politeness is easy when everyone is polite.
~ {Reactions}
~ 😂 (2) 💯 (3)
~ ==============================================================
~ Exported 6 message(s)
~ ==============================================================
