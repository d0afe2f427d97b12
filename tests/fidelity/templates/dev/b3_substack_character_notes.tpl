site: "Substack (characterstudies.substack.com)"
kind: substack-post
archive_kind: blog-post
language: en
note: "browser title 'Headline - by Author' on top, then publication name and headline; subtitle is content; comments double-damaged"
---
~ What a Character Owes Its Reader - by Nell Ardagh - Character Studies
~ Character Studies
~ Subscribe Sign in
~ Share this post
= What a Character Owes Its Reader
Notes on consistency, kindness and the strange job of a persona that talks back
@ Nell Ardagh
~ Mar 14, 2026
~ 38
~ 11
~ Share
A novelist owes the reader a character who stays recognisable from chapter to chapter, even when they change.
A conversational character owes something harder: recognisability across thousands of readers who never see each other's chapters.
When I started writing personas for a small language model last year, I thought the hard part would be the voice. It was not.
The hard part was deciding what the character would refuse, and making sure the refusals sounded like the same person on a bad day and a good one.
+^
## Three rules I keep
Keep the values fixed and let the mood move.
Never let the character pretend to be the reader's friend from before.
If the character is unsure, it says so in its own words.
These are not rules for the model so much as rules for me, the writer, about where the character ends.
I tested the third rule for a month by asking my own bread-baking persona about sourdough hydration, a subject on which I honestly do not know the answer.
It said it was not sure, suggested starting at seventy percent, and told me to write down what happened. That is what a good baker says too.
~ Subscribe to Character Studies
~ Thousands of paid subscribers
~ Type your email... Subscribe
~ 11 Comments
@ Ivo Brandt
~ Mar 14
[[cp1252>cp1252:I love “keep the values fixed and let the mood move.” It’s]] going on a sticky note above my desk.
~ Reply Share
@ Nell Ardagh
~ Mar 15
[[cp1252>cp1252:Please do, and send me a photo of the desk. I’m curious.]]
~ Reply Share
~ © 2026 Nell Ardagh · Privacy ∙ Terms ∙ Collection notice
~ Start writing Get the app
~ Substack is the home for great culture
