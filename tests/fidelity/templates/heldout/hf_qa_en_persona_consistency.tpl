site: "Stack Exchange-like Q&A (promptcraft.stackexchange.example)"
kind: qa-answer
archive_kind: forum-thread
language: en
title: "How do I test whether an assistant's character stays consistent over a long conversation?"
note: "Q&A layout: site bar, question title, asked/modified/viewed row, vote counts, tag list, share/edit/follow rows, asker and answerer cards, 'Your Answer' box and related questions."
---
~ Skip to main content
~ Stack Exchange Network
~ Prompt Craft
~ Log in Sign up
= How do I test whether an assistant's character stays consistent over a long conversation?
~ Ask Question
~ Asked 4 months ago
~ Modified 2 months ago
~ Viewed 873 times
~ 5
I maintain a support assistant whose character is described as calm, plain-spoken and honest about uncertainty. In short tests it behaves well.
After forty or fifty turns, though, users report that it becomes chatty and starts agreeing with everything. How can I measure this drift before it reaches users?
~ evaluation persona long-context
~ Share Improve this question Follow
@ asked Aug 11, 2026 at 14:02 by quietkettle
~ Add a comment
~ 1 Answer
~ Sorted by: Highest score (default)
~ 8
Build a small set of long scripted conversations and score the assistant's replies at fixed points, for example at turns 5, 25 and 50.
Use the same probes each time: a question it cannot answer, a user claim that is wrong, and a request for praise. A consistent character answers them the same way at turn 50 as at turn 5.
Then compare the scores, not the raw text. If agreement with the wrong claim rises with the turn number, you have found your drift.
~ Share Improve this answer Follow
@ answered Aug 12, 2026 at 09:30 by fernhill
~ Add a comment
~ Your Answer
~ Post Your Answer
~ Related
~ Why does my chatbot forget its name halfway through a chat?
~ Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.
