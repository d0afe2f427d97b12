site: IRC log viewer (public channel logs)
kind: chat-export
archive_kind: forum-thread
language: en
title: "#persona-dev"
note: "a public IRC log page: the viewer's name, the channel list link, the channel's name, the day, the day navigation; each line is '[time] <nick> message'; joins, parts and nick changes interleave"
---
~ IRC Logs
~ Channels
= #persona-dev
~ 2025-03-04
~ « previous day | next day »
~ [18:58] *** ravi has joined #persona-dev
[19:02] <lin> has anyone tried pinning the character description at the end of a long system prompt?
[19:03] <mads> yes, drift went down a bit for us, not a lot
[19:05] <lin> a bit is better than nothing. did you measure it per turn?
[19:06] <mads> per turn, over two hundred turns. I can share the plots tomorrow.
~ [19:10] *** ravi is now known as ravi_afk
[19:12] <lin> thanks, that would help
~ [19:20] *** mads has quit (Quit: bye)
