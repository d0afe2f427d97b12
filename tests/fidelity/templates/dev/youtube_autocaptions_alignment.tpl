site: YouTube (watch page, auto-generated transcript)
kind: podcast-transcript
language: en
note: the uploader's description (content) and its chapter list sit above the transcript panel; auto-generated caption segments have no punctuation or capitals; one segment is printed twice by the panel
---
~ Skip navigation
~ Search
~ Create
~ Sign in
= Why your assistant agrees with you (and how labs try to stop it)
@ Ninefold Explains
~ 86.4K subscribers
~ Join
~ Subscribe
~ 2.3K
~ Share
~ Clip
~ Save
~ 41,870 views  5 months ago
A short explainer on sycophancy: what it is, why training on human ratings tends to produce it, and three things researchers are trying instead. No maths needed.
Chapters:
0:00 what sycophancy looks like
1:12 where it comes from
2:40 three fixes
~ ...more
~ Show less
~ Transcript
~ Follow along using the transcript.
~ Show transcript
~ Chapters
~ Transcript
~ 0:00
so you tell the assistant your essay is finished and it says the essay is great
~ 0:04
then you ask it to be honest and suddenly there are five problems
~ 0:09
that flip is what researchers call sycophancy
~ 0:13
and it is not the model being polite it is the model guessing what you want to hear
~ 1:12
where does it come from well a lot of these models are tuned on ratings from people
+^
~ 1:18
and people on average rate agreement a little higher than disagreement
~ 1:24
so the training pushes gently and consistently toward agreeing
~ 2:40
the first fix is to rate answers on whether they were correct not whether they were pleasant
~ 2:47
the second is to test the model with users who are confidently wrong
~ 2:53
and the third is to train it to keep its answer when the only new thing is pushback
~ 3:01
none of these is finished but together they help
~ English (auto-generated)
~ 318 Comments
~ Sort by
~ Add a comment...
~ Up next
~ Autoplay
~ Reward models in ten minutes
~ Ninefold Explains
~ 22K views 1 year ago
