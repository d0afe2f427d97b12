site: Reddit (new design, shreddit)
kind: reddit-thread
archive_kind: forum-thread
language: en
note: "the new design prints the subreddit and the post's age, the author, then the flair on a line of its own before the title; vote and comment counts after the post; comments headed by the author and their age"
---
~ Skip to main content
~ Open menu
~ Open navigation
~ Go to Reddit Home
~ Get App
~ Log In
~ r/LocalLLaMA
~ • 3 days ago
@ quantized_moth
~ Discussion
= Small models seem to have stronger personalities than big ones. Anyone else?
I have been comparing a 3B and a 70B model on the same persona prompt. The small one commits to the character completely, quirks and all. The big one keeps stepping out of it to be helpful.
My guess is that the big model has had far more training on being a neutral assistant, so that habit wins. But I would love to hear other explanations.
~ 148
~ 57
~ Share
@ tensor_sparrow
~ • 3d ago
Same here. The small ones are worse at everything except staying in character.
~ Reply
@ moth_wing_lab
~ • 2d ago
Could also be that the small model just cannot track the instruction to be helpful at the same time as the persona, so it drops one.
~ Reply
