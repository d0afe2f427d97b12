site: community social network (Facebook-style group mirror)
kind: social-thread
language: en
title: null
note: the replies went through a cp1252 decode - emoji whose bytes 0x81, 0x8D, 0x8F, 0x90 or 0x9D cp1252 does not define lost those bytes; a ZWJ sequence and a flag too
---
~ Groups
~ Discussion
@ Ama Owusu
~ · 2d ·
Our library set up a homework helper bot and the kids named it Professor Owl. It says "I don't know" when it doesn't, which the teachers love.
~ 3 comments
~ Like
~ Comment
@ [[cp1252:Léa Martin]]
[[cp1252:Professor Owl is the best name 🙏😍]]
~ Like
~ Reply
@ Sam Ortiz
[[cp1252:My daughter asked it to do her maths and it made her explain each step instead 👩‍💻]]
~ Like
~ Reply
@ Ama Owusu
[[cp1252:It even answers in French for the exchange students 🇫🇷 🙌]]
~ Like
~ Reply
