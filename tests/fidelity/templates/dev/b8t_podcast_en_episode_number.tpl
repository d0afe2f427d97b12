site: Podcast site (episode page with transcript)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Slow answers"
note: "an episode page: the episode's number over its two-word title, the date and length under it, listen links, then the transcript with the speakers' names; the show's name is only in the footer"
---
~ Home
~ Episodes
~ About
~ Subscribe
~ Episode 41
= Slow answers
~ March 4, 2026 · 38 min
~ Listen on Apple Podcasts
~ Listen on Spotify
~ Transcript
Mara: Welcome back. Today we talk about why some assistants feel slow even when they answer quickly.
Tobias: It is mostly the hedging. Three sentences of caveats before the answer feels like waiting.
Mara: So speed is partly personality.
Tobias: Partly, yes. A confident tone reads as fast, even when the answer takes longer to arrive.
~ Share this episode
~ © 2026 Slow Circuits Podcast
