site: "Artificial Intelligence Stack Exchange (ai.stackexchange.com)"
kind: qa-answer
archive_kind: forum-thread
language: en
title: "Why does my persona break when I raise the temperature?"
note: "the question title follows the site bar; the accepted answer holds key: value lines and a short list that look like chrome."
---
~ Skip to main content
~ Stack Exchange Network
~ Artificial Intelligence
~ Log in Sign up
= Why does my persona break when I raise the temperature?
~ Ask Question
~ Asked 1 year, 2 months ago
~ Modified 3 months ago
~ Viewed 2k times
~ 7
I have a small assistant with a written character: patient, a little dry, never uses exclamation marks. At temperature 0.4 it stays in character for whole conversations. At 0.9 it starts cheering and adding emoji within a few turns.
Is this expected, or is something wrong with how I wrote the character sheet?
~ language-model prompt-design sampling
~ Share Improve this question Follow
~ edited Sep 2, 2025 at 10:11
@ asked Sep 1, 2025 at 19:47 by larkspur_dev
~ 1
~ Add a comment
~ 2 Answers
~ Sorted by: Highest score (default)
~ 11
It is expected. A higher temperature flattens the distribution, so the common register of the training data, which is upbeat, gets sampled more often than the rarer dry one you asked for.
Two settings usually fix it without lowering the temperature for everything:
temperature: 0.9
top_p: 0.85
repetition_penalty: 1.05
The lower top_p cuts the long tail where the cheerful tokens live in your case.
Also check the sheet itself:
- say what the persona does, not only what it avoids
- give one or two sample replies in the right voice
- keep it short
Note: negative instructions such as "never uses exclamation marks" are weaker than a positive description of the tone.
~ Share Improve this answer Follow
@ answered Sep 2, 2025 at 08:03 by thornbury
~ 3
~ Thanks, the top_p change alone was enough. – larkspur_dev Sep 2, 2025 at 09:55
~ Add a comment
~ Your Answer
~ Post Your Answer
~ By clicking "Post Your Answer", you agree to our terms of service and acknowledge you have read our privacy policy.
~ Hot Network Questions
~ How do I keep a chatbot from repeating its greeting?
~ Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.
