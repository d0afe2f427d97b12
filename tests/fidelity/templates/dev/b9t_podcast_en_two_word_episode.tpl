site: "The Slow Kettle (a podcast's own site)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Patient machines"
note: "a podcast episode page whose episode title is two words: the show's name, its menu and the episode's number stand over it, the player, the duration and the date under it; the description and the transcript with speaker labels are content; the subscribe row and the footer are chrome"
---
~ The Slow Kettle
~ Episodes   About   Newsletter   Support the show
~ Episode 58
= Patient machines
~ 41 min · December 4, 2026
~ ▶ Play episode
~ 0:00 / 41:12
~ Download
A conversation about assistants that wait: why a model that lets you finish your thought feels kinder than one that answers fast.
~ Transcript
HOST: Welcome back to the kitchen. Today my guest builds voice assistants for people who speak slowly.
GUEST: Thanks for having me. Most of our users are over seventy, and the first thing they told us was that the assistant kept interrupting them.
HOST: How do you teach a model to wait?
GUEST: We do not teach the model much. We change when it is allowed to start talking, and we let the silence last a little longer than feels natural to an engineer.
HOST: Does that change how people describe its personality?
GUEST: Completely. The same answers, given after a pause, were called patient and thoughtful instead of clever.
~ Subscribe on: Apple Podcasts · Spotify · RSS
~ Previous episode
~ Next episode
~ © 2026 The Slow Kettle
