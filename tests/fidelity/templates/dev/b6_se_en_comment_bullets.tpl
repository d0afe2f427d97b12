site: "Stack Exchange (Cooking)"
kind: qa-page
archive_kind: forum-thread
language: en
note: "Q&A in the newer layout: comment votes as bullets, the commenter and the comment's date on lines of their own, answer counts doubled ('3 Answers 3'), a locked notice"
---
~ Skip to main content
~ Seasoned Advice
~ Questions Tags Users Unanswered
= Why does my bread assistant insist on a longer proof than the recipe says?
~ Ask Question
~ Asked 2 years, 1 month ago
~ Modified 11 months ago
~ Viewed 4k times
~ 14
I asked a baking assistant to plan a rye loaf and it told me to let the dough rise for three hours, although the recipe card says ninety minutes.
When I pushed back, it explained that my kitchen is cold in winter and it would rather be honest than agree with me.
Is the assistant right, or is it just being cautious?
~ bread rye proofing
~ Share
~ Improve this question
~ Follow
~ edited Feb 3, 2024 at 8:12
~ asked Jan 30, 2024 at 19:40
@ moss_and_crumb
~ 2
~   • 3
The recipe assumes a kitchen at about 24 °C. What temperature is yours?
@     – Pell Orchard
~     Jan 30, 2024 at 20:02
~   • 1
Around sixteen degrees in the mornings, lower at night.
@     – moss_and_crumb
~     Jan 30, 2024 at 20:15
~ 3 Answers 3
~ Sorted by:
~ Highest score (default)
~ 22
~ Accepted
The assistant is right. Yeast works much more slowly in a cool room, so the clock on the recipe card means little.
Judge the dough instead: it is ready when it has grown by about half and a floured fingertip leaves a dent that springs back slowly.
A cold proof is not a problem in itself. Many bakers like the deeper flavour it gives.
~ Share
~ Improve this answer
~ Follow
~ answered Jan 30, 2024 at 21:05
@ Pell Orchard
~ 4,812 2 19 33
~ 0
~ Add a comment
~ 6
If you want the recipe's timing, put the bowl in the oven with only the light switched on. It keeps the dough a few degrees warmer.
Check it after an hour, because some ovens get warmer than you would expect.
~ Share
~ Improve this answer
~ Follow
~ answered Feb 1, 2024 at 7:31
@ tin_loaf
~ 611 1 6
~ Add a comment
~ locked by a moderator Mar 2, 2024 at 10:00
~ Highly active question. Earn 10 reputation in order to answer this question.
~ The Overflow Blog
~ Related
~ How long can a sourdough starter stay in the fridge?
~ Hot Network Questions
~ Can I use a pizza stone on an induction hob?
~ Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2026.11.30.1
