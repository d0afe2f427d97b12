site: "Substack newsletter (thecharacterdesk.substack.com)"
kind: newsletter-post
archive_kind: blog-post
language: en
title: "The voice is the product: notes on designing assistant personas"
note: "browser title line with author and publication first, headline repeated later (duplicate); the comment section has double cp1252 mojibake."
---
= The voice is the product: notes on designing assistant personas - by Odile Branch
~ The Character Desk
~ Subscribe Sign in
~ Share this post
+ The voice is the product: notes on designing assistant personas
Why a persona is a set of decisions, not a set of adjectives.
@ Odile Branch
~ Feb 21, 2026
~ 38 ❤️ 12 💬 Share
Most persona documents I am asked to review are lists of adjectives: friendly, curious, professional, concise. Every assistant on the market could be described with the same list, which tells you how little it constrains.
A useful persona says what the assistant does when two of those adjectives pull in different directions. Is it concise when the user is upset? Does curiosity win over professionalism when a question is oddly phrased?
I now ask teams to write ten short conflicts and the answer the persona should give to each. The adjectives can come afterwards, and they usually end up different from the ones on the first draft.
~ Subscribe to The Character Desk
~ Thousands of paid subscribers
~ Type your email... Subscribe
There is a second benefit. When the model misbehaves, you can point to the decision it got wrong rather than arguing about whether an answer felt friendly enough.
+ Most persona documents I am asked to review are lists of adjectives: friendly, curious, professional, concise.
Next week I will share the ten conflicts we used for a cooking assistant, including the one about salt.
~ Thanks for reading The Character Desk! Subscribe for free to receive new posts and support my work.
~ 38 Likes
~ Discussion about this post
~ Comments Restacks
@ Priya Fenwick
~ Feb 21
This is the clearest explanation of the problem I have read. [[cp1252>cp1252:We’ve]] been stuck on adjectives for months.
~ Reply Share
@ Gus Tallow
~ Feb 22
The salt one is going to be a [[cp1252>cp1252:classic, I’m]] sure.
~ Reply Share
~ © 2026 Odile Branch · Privacy ∙ Terms ∙ Collection notice
~ Start writing Get the app
