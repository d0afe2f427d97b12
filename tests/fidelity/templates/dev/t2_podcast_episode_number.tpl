site: independent podcast website (The Long Context)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "the show's name and tagline over the site's menu; 'Episode 42:' is part of the episode's title as the show gives it; the player's time, the publication date and the links to podcast apps under it"
---
~ The Long Context
~ Conversations about the characters we build into machines
~ Episodes
~ Guests
~ Newsletter
~ Support the show
= Episode 42: What a system prompt cannot do
~ Published February 20, 2025
~ 00:00 / 52:14
~ Listen on Apple Podcasts
~ Listen on Spotify
~ RSS
In this episode Nadia talks to prompt engineer Tobiah Grant about the limits of instructions: why a persona written in a few paragraphs bends under pressure, and what actually holds a character steady over a long conversation.
~ Transcript
@ Nadia Soto  00:00
Tobiah, you write system prompts for a living. What is the thing people most often expect a prompt to do that it simply cannot?
@ Tobiah Grant  00:09
They expect it to create a personality from nothing. A prompt can pick among tendencies the model already has, and it can nudge them, but it cannot install a character the training never gave it.
@ Nadia Soto  00:31
So when a persona drifts after forty turns, that is the model pulling back to its habits.
@ Tobiah Grant  00:38
Mostly, yes. The longer the chat, the less weight the opening instructions carry compared with everything that has been said since.
~ Previous episode
~ Episode 41: Naming your assistant
~ Next episode
~ Episode 43: Refusals with manners
~ © 2025 The Long Context
