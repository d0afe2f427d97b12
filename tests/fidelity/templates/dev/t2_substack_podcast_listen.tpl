site: Substack podcast post (The Kind Machine)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "a Substack podcast post: the publication's name, its buttons, the episode's title and subtitle, the author and date, the player ('Listen now', times) and the transcript"
---
~ The Kind Machine
~ Subscribe
~ Sign in
= Ep. 9: When a chatbot says no kindly
What makes a refusal feel respectful rather than cold
@ Ines Walcott
~ Feb 18, 2025
~ Listen now
~ 0:00
~ -32:10
~ Transcript
Ines: Today I want to talk about refusals. Not whether an assistant should refuse, but how it does it.
Ines: A refusal that explains itself and offers something else feels very different from a flat no, even when the outcome is the same.
Ines: I asked listeners to send me their best and worst refusals, and the best ones had one thing in common: they treated the person as an adult.
~ Share
~ Comments
