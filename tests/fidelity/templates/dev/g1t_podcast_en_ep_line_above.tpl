site: "Quiet Circuits (podcast site, quietcircuits.example.fm)"
kind: podcast-episode
archive_kind: podcast-transcript
language: en
title: "What a model owes the person who named it"
note: "an English podcast episode page: the show's name in capitals, the menu, the episode number alone on its own line above the episode title, the date and duration line under it, the player's buttons, the show notes and a transcript with speaker names; subscribe links and the previous/next episode links at the bottom"
---
~ QUIET CIRCUITS
~ Episodes   Guests   About   Support the show
~ Ep. 112
= What a model owes the person who named it
~ December 4, 2026 · 41 min
~ Play episode
~ Download   Share
In this episode Mira and Joel talk about the habit of naming assistants, and whether a name makes a promise the model cannot keep.
Mira: When people give their assistant a name, they often give it a history too. A birthday, a favourite colour, a mood in the mornings.
Joel: And then the next model update arrives and the history is gone. I think that is the part that hurts people.
Mira: So the question is whether the character should be written down somewhere the update cannot reach.
Joel: Or whether we should stop pretending the character lives in the model at all. It lives in the conversation.
~ Subscribe: Apple Podcasts · Spotify · RSS
~ ← Ep. 111: The assistant that said no
~ Ep. 113: Kettles, timers and trust →
