site: podcast episode page (The Slow Kettle)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "the show's name and an episode label above the episode's title; the date and duration under it; the show notes follow"
---
~ The Slow Kettle
~ Episodes
~ Conversations about tea and machines
= Should a tea shop's chatbot have a favourite tea?
~ March 9, 2025 · 38 min
This week we talk with a café owner who gave her ordering bot a personality, and then had to decide how far to take it.
She explains why the bot recommends teas but never claims to drink them, and why customers found that more charming than a made-up favourite.
We also answer a listener question about cold brewing oolong, which turns out to be easier than it sounds.
~ Listen on Apple Podcasts
~ Listen on Spotify
