site: Mastodon (scholar.social)
kind: social-thread
language: en
title: null
---
~ Mastodon
~ Create account
~ Login
~ Recent searches
~ No recent searches
~ Back
@ Imogen Rask
@ @irask@scholar.social
A short thread on why "the assistant persona" is a weird object of study. 🧵 1/5
~ Mar 9, 2024, 08:12
~ ·
~ Edited Mar 9
~ ·
~ 14
~ ·
~ 37
~ ·
~ 52
@ Imogen Rask
@ @irask@scholar.social
It is authored by a company, performed by a model, and co-written by every user who talks to it. No single party controls it. 2/5
~ Mar 9, 2024, 08:14
~ ·
~ 3
~ ·
~ 12
~ ·
~ 19
@ Imogen Rask
@ @irask@scholar.social
That makes it closer to a folk character, like a trickster figure in oral tradition, than to a fictional character with one author. 3/5
~ Mar 9, 2024, 08:15
@ Imogen Rask
@ @irask@scholar.social
Which suggests the right methods might come from folklore studies as much as from psychology. Collect the variants. Map the motifs. Notice which ones survive retelling. 4/5
~ Mar 9, 2024, 08:17
@ Imogen Rask
@ @irask@scholar.social
Anyway, if you work on folklore and are curious about chatbots, I would love to talk. Boosts appreciated. 5/5
~ Mar 9, 2024, 08:18
~ ·
~ 8
~ ·
~ 41
~ ·
~ 33
~ Join Mastodon to follow this account and reply.
~ Your timeline, in order, from any server you like.
~ Create account
~ Login
~ Drag & drop to upload
