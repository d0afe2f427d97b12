site: Reddit (www.reddit.com, new design)
kind: reddit-thread
archive_kind: forum-thread
language: en
note: the new design puts "Upvote", the score, "Downvote", a comment count, "Award" and "Share" on separate lines under every comment, and "Reply" too
---
~ Skip to main content
~ Open menu
~ Open navigation
~ Get App
~ Get the Reddit app
~ Log In
~ Expand user menu
~ r/Sourdough
~ Join
@ r/Sourdough • 5 hr. ago
@ crumbshot_lena
= I asked a chatbot to name my starter and it refused to pick just one
It gave me six names and then said it did not want to decide something that personal for me. I laughed, then picked the fourth one anyway.
Her name is Gluteus Maximus and she doubled in five hours this morning.
~ Upvote
~ 212
~ Downvote
~ 38
~ Go to comments
~ Share
~ Sort by:
~ Best
~ Search Comments
~ Expand comment search
~ Comments Section
@ levain_larry
~ • 4h ago
That is the right answer from a bot, honestly. A starter name is a family decision.
~ Upvote
~ 57
~ Downvote
~ Reply
~ Award
~ Share
@ proofingbasket
~ • 3h ago
Mine suggested Clint Yeastwood without being asked. Different bots, different personalities.
~ Upvote
~ 41
~ Downvote
~ Reply
~ Award
~ Share
@ crumbshot_lena
@ OP
~ • 3h ago
Clint Yeastwood is going on the jar of the next one.
~ Upvote
~ 18
~ Downvote
~ Reply
~ Award
~ Share
~ Related Answers Section
~ Related Answers
~ Best names for sourdough starter
~ Reddit Rules
~ Privacy Policy
~ User Agreement
~ Reddit, Inc. © 2025. All rights reserved.
