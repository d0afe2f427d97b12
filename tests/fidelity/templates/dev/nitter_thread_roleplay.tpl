site: Nitter mirror (X/Twitter)
kind: social-thread
language: en
title: null
note: the mirror repeats each post's text on the next line (screen-reader copy)
---
~ nitter
~ Tweets
~ Tweets & Replies
~ Media
~ Search
@ Kai Lindgren
@ @kailindgren
~ 2h
Roleplay is where you learn what a model's character really is.
+^
Ask it to play a cruel wizard and watch what it refuses to let the wizard do.
+^
~ 💬 12 🔁 48 ❤️ 311
@ Kai Lindgren
@ @kailindgren
~ 2h
Mine will play the wizard, but the wizard keeps developing a conscience by the third scene. Every single time.
+^
~ 💬 9 🔁 20 ❤️ 240
@ Ravi Menon
@ @ravim
~ 1h
Replying to @kailindgren
That is the model's own values leaking into the character. Whether that is a bug or the whole point depends on who you ask.
+^
~ 💬 2 🔁 3 ❤️ 57
~ Load more
~ Show this thread
