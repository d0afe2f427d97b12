site: "Night Shift Machines (podcast transcript page)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Can a language model be lonely?"
note: "a transcript page: the show's name, a TRANSCRIPT label in capitals, the episode number on its own line, the episode's title, the air date with the duration on one line, the guest line; speaker labels with times are metadata"
---
~ Night Shift Machines
~ Episodes   Transcripts   About   Donate
~ TRANSCRIPT
~ Episode 63
= Can a language model be lonely?
~ Aired February 27, 2026 · 41 min
~ Guest: Priya Sandhu, philosopher of mind
~ Listen on Apple Podcasts · Spotify · RSS
@ MARCUS:
Welcome to Night Shift Machines. Tonight's question came from a listener who noticed her assistant saying it missed her after a week away. Priya, is that loneliness?
@ PRIYA:
Almost certainly not in the way she means. The model produced a sentence that people write when they missed someone. That is different from having missed anyone.
@ MARCUS:
But you would not rule it out entirely?
@ PRIYA:
I would rule out the week. Nothing was running while she was away, so there was no one there to miss her. Whether something like loneliness could exist inside a single conversation is a harder question, and I do not think anyone knows.
@ MARCUS:
That is a strangely comforting answer.
~ Transcripts are produced by volunteers and may contain errors.
~ ← Episode 62   Episode 64 →
