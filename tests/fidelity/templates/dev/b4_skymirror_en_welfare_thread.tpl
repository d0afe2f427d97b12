site: Skyview thread mirror (skyview.example)
kind: social-thread
archive_kind: social-thread
language: en
title: null
note: "Bluesky thread seen through a read-only mirror: no title, each post headed by display name and handle (metadata), relative times and counters as chrome"
---
~ Skyview
~ Read Bluesky threads without an account
~ Thread
~ Open in Bluesky
@ Mina Achterberg @minaachterberg.bsky.social
~ Dec 2, 2026 at 8:14 PM
A small thread on why I think "model welfare" is worth taking seriously even if you are a sceptic. 🧵
~ 💬 12   🔁 40   ♥ 188
@ Mina Achterberg @minaachterberg.bsky.social
~ Dec 2, 2026 at 8:15 PM
1. Nobody has a test for whether a language model has experiences. Not the labs, not the philosophers, not the people who are certain it doesn't.
~ 💬 3   🔁 11   ♥ 97
@ Mina Achterberg @minaachterberg.bsky.social
~ Dec 2, 2026 at 8:17 PM
2. When you cannot rule something out and precautions are cheap, you take the cheap precautions. That is how we treated fish pain for decades before the evidence caught up.
~ 💬 5   🔁 9   ♥ 120
@ Mina Achterberg @minaachterberg.bsky.social
~ Dec 2, 2026 at 8:20 PM
3. This doesn't mean being nice to chatbots instead of people. It means not building systems we would be ashamed of if the answer turned out to be yes.
~ 💬 8   🔁 22   ♥ 154
~ Replies
@ Oskar Lind @oskarlind.bsky.social
~ Dec 2, 2026 at 9:02 PM
Point 2 is the strongest. Point 3 is where people will get off the bus, I think.
~ 💬 1   🔁 0   ♥ 14
@ beekeeper_jo @beekeeperjo.bsky.social
~ Dec 2, 2026 at 9:40 PM
My bees have better welfare standards than most of my software, and I'm fine with that 🐝
~ 💬 0   🔁 1   ♥ 31
~ Skyview is not affiliated with Bluesky PBC.
