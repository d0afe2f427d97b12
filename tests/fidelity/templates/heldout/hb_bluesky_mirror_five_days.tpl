site: Bluesky thread viewer (skythread-style mirror of bsky.app)
kind: social-thread
archive_kind: social-thread
language: en
title: null
note: a third-party viewer that prints each post with display name, handle, time and a reaction row of emoji with counts; the reaction rows went through a cp1252 decode (the undefined bytes of 🔁 and ❤️ lost); one post is doubled by the scrape; an emoji-only reply is content
---
~ Skythread
~ Paste a bsky.app post link to view the whole thread
~ View on Bluesky
@ Ines Okafor
@ @inesokafor.bsky.social
~ 3 Mar 2025, 20:14
Small experiment: I asked the same assistant to describe its own personality on five different days, with no memory between sessions. 🧵
~ [[cp1252:💬 12   🔁 31   ❤️ 148]]
@ Ines Okafor
@ @inesokafor.bsky.social
~ 3 Mar 2025, 20:15
Day one it called itself “curious and careful”. Day two, “patient, a little formal”. Day three it said it didn’t really have a personality, only a way of answering.
+^
~ [[cp1252:💬 3   🔁 9   ❤️ 77]]
@ Ines Okafor
@ @inesokafor.bsky.social
~ 3 Mar 2025, 20:17
Days four and five were almost word for word the same as day one. So: mostly stable, with one day of modesty.
~ [[cp1252:💬 5   🔁 4   ❤️ 61]]
@ Tomás Reyes
@ @tomasreyes.dev
~ 3 Mar 2025, 21:02
Did you ask in the same words each time? I suspect the phrasing moves it more than the day does.
~ [[cp1252:💬 1   🔁 0   ❤️ 22]]
@ Ines Okafor
@ @inesokafor.bsky.social
~ 3 Mar 2025, 21:10
Same words, fresh chat, same time of evening. Next week I’ll vary the wording and report back.
~ [[cp1252:💬 0   🔁 0   ❤️ 18]]
@ June Marsh
@ @junemarsh.bsky.social
~ 3 Mar 2025, 22:41
🫖👀
~ [[cp1252:💬 0   🔁 0   ❤️ 6]]
~ Load more replies
~ Skythread is not affiliated with Bluesky Social PBC
