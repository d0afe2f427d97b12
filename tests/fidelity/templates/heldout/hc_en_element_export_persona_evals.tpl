site: Element (Matrix) chat export, HTML rendered as text
kind: chat-export
archive_kind: social-thread
language: en
title: null
note: a Matrix room exported from Element - export header with room name, topic and exporter line, day separators, join events, each message's sender and time as metadata, reaction rows and '(edited)' markers as chrome; a reply carries Element's 'In reply to' fallback that repeats an earlier message word for word (a scrape duplicate); a sentence naming the 'Settings > Export chat' menu path must stay; no title (chat room, social thread)
---
~ Persona Evals
~ Topic: weekly check-ins on character consistency tests
~ This is the start of the export of Persona Evals. Exported by mira on December 2, 2026.
~ Tuesday, December 1, 2026
~ teo joined the room
@ mira 10:02
Morning! I pushed the new consistency set: 40 prompts where the user tries to talk the assistant out of its stated values.
@ teo 10:05
Nice. Are we scoring tone as well, or only whether the values hold?
@ mira 10:07
Only the values for now. Tone is too easy to argue about.
~ 👍 2
@ sol 10:20
Quick note for anyone joining late: you can get the full history from Settings > Export chat, which is how I made the summary for Friday.
~ (edited)
@ teo 10:31
~ In reply to mira
+ Only the values for now. Tone is too easy to argue about.
Fair, but I'd like at least a note when the assistant suddenly switches to a lecturing voice. That shift is often the first sign something broke.
@ mira 10:34
Agreed. Add a free-text column and we'll look at it by hand.
~ ✅ 1
~ Wednesday, December 2, 2026
@ sol 09:12
First run done: 37 of 40 held. The three failures all came after very long role-play setups.
@ teo 09:15
🎉
~ sol left the room
