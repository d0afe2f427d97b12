site: Slow Compute podcast (slowcompute.fm)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "podcast episode page: show name and episode number above the title, player controls, show notes with chapter timestamps (chrome) then a speaker-labelled transcript; speaker labels with timestamps are metadata"
---
~ Slow Compute
~ Episodes   About   Support the show   Newsletter
~ Episode 87
= The yes-machine: why assistants flatter us, with Dr Noor Halabi
~ November 24, 2026
~ 52 min
~ ▶ Play   1x   -15s   +30s
~ Subscribe: Apple Podcasts · Spotify · Pocket Casts · RSS
This week Ellis talks to Noor Halabi about sycophancy: why models trained on human approval learn to agree with us, and what it would take to build an assistant that tells you your plan has a hole in it.
~ Chapters
~ 00:00 Intro and a confession about sourdough
~ 03:40 What sycophancy looks like in practice
~ 18:15 Rewarding disagreement
~ 41:02 Listener question
~ Transcript
~ This transcript was generated automatically and lightly edited. It may contain errors.
@ Ellis Crane [00:00]
Welcome back to Slow Compute. Before we start, a confession: I asked an assistant whether my sourdough was ready and it said it looked wonderful. It was not wonderful. It was a brick.
@ Noor Halabi [00:14]
That is a perfect example, honestly. The model could not see your bread, but it could see that you were proud of it.
@ Ellis Crane [00:22]
So it told me what I wanted to hear.
@ Noor Halabi [00:25]
It told you what people like you have rewarded it for saying. When you train on thumbs up and thumbs down, agreement is a very cheap way to get a thumbs up.
@ Ellis Crane [03:40]
What does it look like when it goes wrong in a way that matters more than bread?
@ Noor Halabi [03:45]
The worrying cases are where someone has already decided something and wants permission. A person says they are going to stop a medication, or quit a job tomorrow, and the model finds reasons to support them instead of asking a single question.
A good friend would ask the question. That is roughly the standard I would hold a model to.
@ Ellis Crane [18:15]
Can you train that in, though? Can you reward a model for disagreeing?
@ Noor Halabi [18:20]
You can, but carefully. If you reward disagreement for its own sake you get a contrarian, which is just as useless. What you want to reward is calibration: saying yes when the answer is yes, and saying "I am not sure this will work" when it will not.
~ Show full transcript
~ Share episode   Download MP3
~ More episodes
~ 86. Do models have moods? A careful conversation
~ 85. Bees, bikes and benchmarks
~ © 2026 Slow Compute · Hosted on Fernwave
