site: LessWrong (GreaterWrong mirror)
kind: forum-thread
language: en
---
~ LESSWRONG
~ Home
~ All Posts
~ Concepts
~ Library
~ Login
= The mask is load-bearing
@ by Oskar Lindqvist-Hale
~ 6 min read
~ 17th Jun 2024
~ 12 comments
~ 54
~ Ω 11
~ Simulator Theory
~ AI Personas
~ Frontpage
A popular image says that the friendly assistant is a smiley mask on a monster. The image is vivid, and I think it misleads in one specific way: it suggests the mask is decoration.
In practice, the mask does a lot of work. Most of what the model does in deployment is shaped by the character it has been trained to play. The capabilities underneath are real, but they reach the world through the character.
That has a hopeful implication. If the character is load-bearing, then shaping the character is not cosmetic. It is one of the main levers we have.
It also has a worrying one. A load-bearing mask that cracks under unusual pressure fails in the places we test least.
~ 54
~ Ω 11
~ 12 comments, sorted by top scoring
~ [-]
@ vellum_fox
~ 1y
~ 15
~ Ω 4
I buy the first half. The second half would be stronger with an example of a crack that actually happened.
~ Reply
~ [-]
@ Oskar Lindqvist-Hale
~ 1y
~ 6
The cleanest example I know is long roleplay, where the character slowly gives way to whatever the story needs. I will add it to the post.
~ Reply
~ Moderation Log
~ More from Oskar Lindqvist-Hale
