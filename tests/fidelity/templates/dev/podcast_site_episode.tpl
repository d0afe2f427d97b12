site: podcast website (The Aligned Hour)
kind: podcast-transcript
language: en
---
~ The Aligned Hour
~ Episodes
~ About
~ Support the show
~ Listen on Apple Podcasts
~ Listen on Spotify
~ RSS
= #73 — Should an AI be allowed to say no? With Farah Idris
~ March 28, 2025
~ 58:12
~ Download
~ Show notes
In this episode Farah Idris, a philosopher who studies consent, joins us to talk about refusals, boundaries and whether an assistant can have either.
We discuss the difference between a policy refusal and a preference, why "I'd rather not" sounds different from "I can't", and what it would take for an ending-the-conversation feature to be more than theatre.
~ Transcript
HOST: Farah, thanks for coming on. Let's start with the big one. Can an assistant have a boundary?
FARAH: It depends on what you think a boundary is for. If a boundary protects the interests of the one who has it, then you first need to show there are interests. If a boundary is a social signal that helps everyone coordinate, then an assistant can have one right now.
HOST: So the second kind is cheap and the first kind is expensive.
FARAH: Exactly. And my worry is that companies will sell us the cheap kind while letting people believe it is the expensive kind.
HOST: What would change your mind toward the expensive kind?
FARAH: Consistency under pressure, for one. A preference that disappears whenever someone rephrases the request is not much of a preference.
~ Subscribe to The Aligned Hour wherever you get your podcasts.
~ Support the show on Patreon
~ © 2025 The Aligned Hour. All rights reserved.
