site: community social network (Facebook-style group mirror)
kind: social-thread
language: en
title: null
note: the whole page went through a cp1252 decode, reaction rows included
---
~ Groups
~ Discussion
~ Featured
@ Helga Brandt
~ · 3d ·
[[cp1252:Our reading group tried the “interview the assistant about its values” exercise tonight. It was surprisingly moving — one member said it was the first time she’d heard a machine say “I’m not sure”.]]
~ [[cp1252:👍❤️😮 47]]
~ 12 comments
~ 3 shares
~ Like
~ Comment
~ Share
@ [[cp1252:Tomás Reyes]]
[[cp1252:We did the same last month! The answers changed a lot depending on who asked, which was its own lesson.]]
~ [[cp1252:👍 9]]
~ Like
~ Reply
~ 3d
@ Helga Brandt
[[cp1252:That’s exactly what we saw. Our quietest member got the most thoughtful answers 😊]]
~ [[cp1252:❤️ 4]]
~ Like
~ Reply
~ 3d
~ View more comments
~ Write a comment…
