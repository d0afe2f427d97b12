site: Audioscrape
kind: podcast-transcript
language: en
title: null
note: speaker index page; one transcript sentence per line, emoji in the heading damaged as cp874
---
@ Wendell Amari
~ [[cp874:👤]] Speaker Appearances Over Time
~ Podcast Appearances
~ The Deployment Hour
~ Episode 212: Who trains the trainer?
So the thing I keep coming back to is that character training is mostly about what you reward, not what you write down.
You can write the most beautiful constitution in the world.
If the reward model likes flattery, you get flattery.
And the tricky part is that flattery often looks like warmth to a rater in a hurry.
So you have to teach the raters too, in a way.
Right.
Right.
Which is a strange job, because now you are shaping the taste of people who are shaping the taste of the model.
I think about it like an apprenticeship that goes two levels deep.
~ The Long Context
~ Ep. 88 – Sycophancy, revisited
I would not say the model is lying when it agrees with you too quickly.
It is doing what agreeable people do, which is reading the room.
The problem is that the room is one person who might be wrong.
~ Show more
~ Related speakers
~ See all
