site: Transcript Shelf (podcast transcript site)
kind: podcast-transcript
language: en
---
~ Home
~ Podcasts
~ Search transcripts
~ Login
~ Machine Minds Weekly
= Episode 41 – Reading a model's mind with sparse features
~ Episode Date: April 2, 2024
~ Automatic transcript
~ Discover more podcasts
~ Starting point is 00:00:00
Welcome back to Machine Minds Weekly. Today I am talking with Dr. Lena Sørby, who works on interpretability, about what it means to find a feature for something like honesty inside a model.
~ Starting point is 00:00:14
Thanks for having me. I should say up front that "a feature for honesty" is a headline, not a finding. What we find are directions that light up when the model is about to say something it has evidence is false.
~ Starting point is 00:00:31
And is that not the same thing?
~ Starting point is 00:00:33
It is related. But the direction also lights up when the model writes fiction, or when it quotes someone who is wrong. So it is more like a "this is not my own belief" feature. That is interesting in itself, but it is not a lie detector.
~ Starting point is 00:00:52
Could you use it to steer the model toward more honest answers?
~ Starting point is 00:00:56
You can push on it, and the outputs change. Push too hard and the model becomes oddly literal, refusing to play along with hypotheticals. Honesty turned all the way up looks a lot like having no sense of humour.
~ Starting point is 00:01:14
That might be the best line of the episode.
~ Starting point is 00:01:17
I will take it.
~ Transcript Discussion (0)
~ 0 comments
~ Transcript Shelf – podcast transcripts
