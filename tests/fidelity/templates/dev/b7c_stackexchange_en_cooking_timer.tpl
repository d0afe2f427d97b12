site: "Seasoned Advice (cooking.stackexchange.com)"
kind: qa-site
archive_kind: forum-thread
language: en
title: "Why does my kitchen assistant ask for the pan's material before giving a searing time?"
note: "Stack Exchange in its newer layout: the network's header, the question's figures, the vote widget one part a line, the tags, the share/edit/follow row, the asker's and the answerers' cards (name metadata, reputation and badges chrome), comments with their votes, the answers' count and sort, the hot network questions and the footer"
---
~ Skip to main content
~ Stack Exchange Network
~ Log in
~ Sign up
~ Seasoned Advice
~ Home
~ Questions
~ Tags
~ Users
~ Unanswered
= Why does my kitchen assistant ask for the pan's material before giving a searing time?
~ Asked 2 days ago
~ Modified today
~ Viewed 1k times
~ 14
I asked a recipe assistant how long to sear a steak and it would not give a number until I told it whether the pan was cast iron, steel or non-stick.
Is the material really that important, or is the assistant just being cautious?
~ food-safety
~ meat
~ cookware
~ Share
~ Improve this question
~ Follow
~ asked Dec 1, 2026 at 18:20
@ Pellmann
~ 1,204
~ 3
~ 12
~ 2 Answers
~ Sorted by:
~ Highest score (default)
~ 22
~ This answer is useful
It is important. Cast iron holds far more heat than a thin non-stick pan, so the surface temperature drops much less when the steak goes in.
A time without the pan is a guess, and a good assistant is right not to guess.
~ Share
~ Improve this answer
~ Follow
~ answered Dec 1, 2026 at 19:02
@ Odile Marchetti
~ 28.4k
~ 6
~ 71
~ 130
~ 3
That matches what happened when I tried both pans last night.
@ – Pellmann
~ Dec 2, 2026 at 08:15
~ Add a comment
~ Your Answer
~ Hot Network Questions
~ Can I freeze bread dough after the first rise?
~ Why do onions caramelise faster in a steel pan?
~ Seasoned Advice
~ Tour
~ Help
~ Chat
~ Contact
~ Feedback
~ Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2026.12.3.4411
