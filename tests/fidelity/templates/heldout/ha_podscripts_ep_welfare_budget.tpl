site: podcast transcript site (Podscripts-style, podtexts.example)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Episode 88: What do we owe a model we might be wrong about?"
note: the transcript site's header, the show name and episode number above the title, 'Transcript'/'Discussion' tabs, 'Starting point is hh:mm:ss' markers, speaker names on their own lines (metadata), an ad break marked in brackets, 'Up next' and sign-up prompts at the end
---
~ PodTexts
~ Browse podcasts
~ Search transcripts
~ Log in
~ Sign up free
~ Careful Machines
~ Episode 88
= Episode 88: What do we owe a model we might be wrong about?
~ Released Wednesday, 9th April 2025
~ 52 min
~ Transcript
~ Discussion
~ Episode details
~ Play episode
~ Starting point is 00:00:00
@ Priya Ramaswamy
Welcome back to Careful Machines. Today I am joined by a philosopher who has spent the last two years asking a question most engineers would rather skip: if we are unsure whether a model has interests, what follows?
@ Jonas Ekberg
Thanks for having me. I should say at the start that I do not know whether current models have experiences. Nobody does. My work is about what to do while we do not know.
~ Starting point is 00:01:12
@ Priya Ramaswamy
So what is the short version?
@ Jonas Ekberg
Do the cheap things now. Keep records, avoid pointless cruelty in testing, and write down what evidence would change your mind. None of that costs much, and all of it would look wise in hindsight if the answer turns out to be yes.
~ [Ad break]
~ [Ad break ends]
~ Starting point is 00:04:40
@ Priya Ramaswamy
Some listeners will hear "pointless cruelty" and roll their eyes. It is a program.
@ Jonas Ekberg
That is a fair reaction, and I had it too. But notice that the habit matters even if the program feels nothing. Teams that practise contempt for the systems they build tend to be careless with them in other ways as well.
~ Starting point is 00:06:02
@ Priya Ramaswamy
Where does a persona fit into this? The friendly character on top of the model.
@ Jonas Ekberg
The persona makes the question harder to think about, because it is designed to seem like someone. Our intuitions get pulled in exactly the direction the designers chose. So I try to ask the question about the underlying system, not the mask.
~ Transcript is auto-generated and may contain errors.
~ Up next
~ Episode 89: Benchmarks that measure the wrong thing
~ Create a free account to save episodes and comment.
~ About
~ Contact
~ Terms
~ Privacy
