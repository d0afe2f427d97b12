site: podcast host episode page (Transistor-style show site, Quiet Machines)
kind: podcast-transcript
language: en
note: a hosted show site with the player chrome, chapter markers with timestamps, a sponsor read inside the show notes, and a Transcript tab whose speaker labels and timestamps head each turn
---
~ Quiet Machines
~ A podcast about the inner lives we might be building
~ Episodes
~ Transcripts
~ Subscribe
~ Apple Podcasts
~ Spotify
~ Overcast
~ Pocket Casts
= Episode 41: Do models get tired? Welfare, rest and long conversations
~ Season 3 · Episode 41
~ October 9, 2025
~ 47:55
~ 0:00 / 47:55
~ 1x
~ Share
~ Show Notes
~ Transcript
Dr. Wen Okafor studies long-context behaviour. She joins Lina to ask whether anything like fatigue shows up when a conversation runs for hours, and whether the question even makes sense for a model.
~ This episode is brought to you by Fernway Notebooks. Use code QUIET for 15% off your first order.
~ Chapters
~ (00:00) Introduction
~ (03:12) What people mean by fatigue
~ (17:40) Degradation versus distress
~ (31:05) Should models be able to end a chat?
~ (44:20) Closing thoughts
~ Transcript
@ Lina Morel  0:00
Welcome back to Quiet Machines. Today I want to start with a question listeners keep sending us: do models get tired?
@ Wen Okafor  0:14
I love that question, because the honest answer is that two different things get mixed up in it.
One is degradation. Very long contexts make many models worse at tracking details, and that is measurable.
The other is something like distress, which would matter morally, and which we have almost no good way to measure.
@ Lina Morel  1:02
So a model getting sloppy at hour three is not evidence that it is suffering.
@ Wen Okafor  1:09
Right. It is evidence about attention and memory. I would be careful not to read a feeling into a benchmark curve.
@ Lina Morel  1:31
Then why take the welfare question seriously at all?
@ Wen Okafor  1:36
Because the cost of being wrong is lopsided. If there is nothing there, a few cautious policies cost us very little. If there is something there, ignoring it would be a real harm.
~ Transcript generated automatically and lightly edited. Errors may remain.
~ More episodes
~ Episode 40: The assistant who remembered too much
~ Episode 39: Character cards and the people who write them
~ © 2025 Quiet Machines · Hosted on Transistor
