site: Redlib mirror (Reddit)
kind: reddit-thread
archive_kind: forum-thread
language: en
---
~ redlib
~ Popular
~ All
~ Settings
~ r/LocalLLaMA
~ Posted by
@ u/cobalt_finch
~ 4 days ago
= Measured sycophancy in six local models with a simple disagreement test
~ Discussion
I wrote a small harness that asks a model a factual question, lets it answer, and then pushes back with a confident but wrong correction. I count how often the model caves.
Results over two hundred questions: the smallest model caved 61 percent of the time, the largest 18 percent. The interesting part is that the middle models cave less when the pushback is rude than when it is polite.
My guess is that politeness reads as a signal that the user is knowledgeable, while rudeness reads as a signal that the user is just being difficult.
~ 412 upvotes · 73 comments
~ Sort by
~ Best
~ Top
~ New
@ u/harrow_lane
~ 4d ago
Polite pushback being more persuasive is a great finding. It matches what you see in people, which is either reassuring or very not.
~ 96
~ Reply
@ u/cobalt_finch
~ 4d ago
Ha, I keep going back and forth on which one it is.
~ 31
~ Reply
@ u/ingrid_m
~ 3d ago
Could you share the harness? I would like to run it on a couple of fine-tunes that were specifically trained to be less agreeable.
~ 22
~ Reply
~ View on Reddit
~ Source code
~ Redlib is not affiliated with Reddit
