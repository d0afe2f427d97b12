site: "Lobsters (lobste.rs)"
kind: link-aggregator
archive_kind: forum-thread
language: en
title: "Character training for small open models"
note: "story title after the site menu; the domain and tag line follow it; comment headers with votes and times are metadata."
---
~ Lobsters
~ Active Recent Comments Search
~ Login
= Character training for small open models
~ ai ml
~ via hazelgrove
~ 23 points
@ authored by hazelgrove 14 hours ago | caches | archive.org | 9 comments
~ notes.hazelgrove.example
I wrote this after spending a month trying to give a 3B model a stable personality without fine-tuning the whole thing. The short version is that a small adapter trained on a few hundred dialogues worked better than any prompt I tried.
@ pinecrow 13 hours ago | link | flag
The part about evaluating consistency with a second model was the most useful for me. Did you check whether the judge model had its own bias toward a particular tone?
@ hazelgrove 12 hours ago | link | flag
Yes, and it did. It rated cheerful answers as more consistent even when the character was meant to be grumpy. I ended up using two judges and only counting cases where both agreed.
@ pinecrow 12 hours ago | link | flag
Agreed.
@ old-brass 10 hours ago | link | flag
Small nit: the table compares runs with different seeds, so the difference between 71 and 74 is probably noise.
| 71 / 74 / 69 across three seeds would be my guess.
@ hazelgrove 9 hours ago | link | flag
Fair point, I will rerun with fixed seeds and update the post.
~ 1 comment hidden
@ quillon 8 hours ago | link | flag
Did you try the same adapter on a recipe assistant? I would be curious whether the grumpy character survives a cooking conversation.
~ About Tags Filter Moderation Log
