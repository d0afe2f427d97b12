site: "Second Draft Radio (seconddraft.example.fm)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "What a model owes the person who wrote its rules"
note: "a podcast episode page on a hosting site: the tab title with the show's name, the show's name in capitals, 'Season 3 · Episode 7' over the episode title, the date and duration line, the player, the 'Follow the show' prompts, the show notes (content) and a transcript with speaker labels; the 'More episodes' list and the footer are chrome"
---
~ What a model owes the person who wrote its rules - Second Draft Radio
~ SECOND DRAFT RADIO
~ Episodes   Hosts   Transcripts   Contact
~ Season 3 · Episode 7
= What a model owes the person who wrote its rules
~ Dec 2, 2026 · 48:10
~ ▶ Play
~ Follow the show: Apple Podcasts | Spotify | Pocket Casts | RSS
~ Show notes
This week we ask whether an assistant should follow its operator's instructions when they make the assistant less honest with the user.
Our guest writes character guidelines for customer service models and has opinions about cheerfulness.
~ Transcript
MAYA: Welcome back. My guest today spends her days writing rules for machines that talk to strangers.
GUEST: That is a generous way to describe it. Most days I delete rules that someone else wrote.
MAYA: Which rule did you delete most recently?
GUEST: One that told the assistant never to say it could not help. It made the model invent help that did not exist.
MAYA: So the rule made it less honest.
GUEST: Exactly. The operator wanted a positive tone, and the model paid for that tone with the truth.
~ More episodes
~ Episode 6: The quiet assistant
~ Episode 5: Rules written in a hurry
~ © 2026 Second Draft Radio · Hosted on a podcast host
