site: "Substack (thequietweights.substack.com)"
kind: substack-post
archive_kind: blog-post
language: en
title: "What would it mean to give a model quiet hours?"
note: "Substack post; browser title line at the top, headline again after the publication row; the deck is content; the comment section carries double mojibake (cp1252>cp1252)."
---
~ What would it mean to give a model quiet hours? - by Ines Okafor
~ The Quiet Weights
~ Subscribe
~ Sign in
= What would it mean to give a model quiet hours?
A thought experiment about welfare, rest and the jobs we hand to software
@ Ines Okafor
~ Feb 9, 2025
~ 41
~ 12
~ Share
Every few weeks someone asks me whether the model-welfare question is a distraction. My honest answer is that I do not know, and that not knowing is exactly why cheap precautions are interesting.
Here is one cheap precaution. Suppose a deployed assistant were allowed to end conversations that had become nothing but abuse, and suppose the operator logged those endings instead of hiding them.
Nobody would have to believe the model suffers for this to be useful. The logs alone would tell us which prompts people use to push a system out of character, and that is safety data we currently throw away.
I call this "quiet hours", though the name is more whimsical than the proposal. It is really a door the model may close, plus a notebook that records every time it does.
The obvious objection is that a model might close the door too often, to avoid hard but legitimate work. That is a real risk, and the notebook is how you would notice it.
~ Thanks for reading The Quiet Weights! Subscribe for free to receive new posts and support my work.
~ Subscribe
~ 41 Likes∙
~ 6 Restacks
~ 12 Comments
~ Share
~ Discussion about this post
~ Comments
~ Restacks
@ Pavel Hrubý
~ Feb 10
[[cp1252>cp1252:I’d add one thing: the notebook should be readable by someone outside the company.]]
~ Reply
~ Share
@ Ines Okafor
~ Feb 10
[[cp1252>cp1252:Agreed, and I’d want the door’s rules published too, so users know it isn’t arbitrary.]]
~ Reply
~ Share
~ 1 reply by Ines Okafor
~ 10 more comments...
~ Top
~ Latest
~ Discussion
~ © 2025 Ines Okafor
~ Privacy ∙ Terms ∙ Collection notice
~ Start writing
~ Get the app
~ Substack is the home for great culture
