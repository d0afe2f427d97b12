site: Bluesky (bsky.app)
kind: bluesky-thread
archive_kind: social-thread
language: en
---
~ Bluesky
~ Sign in
~ Create account
~ Post
@ Priya Okonkwo @priyao.bsky.social
~ Mar 14, 2026 at 8:12 AM
Small thing I've started doing: at the end of a long working session with an assistant, I ask it how the session went from its side. Not because I'm sure there's a "side". Because if there is one, asking costs me nothing.
~ Everybody can reply
~ 41 reposts
~ 12 quotes
~ 318 likes
~ Reply
~ Repost
~ Like
@ Tomasz Reyes @tomreyes.dev
~ 2h
What does it usually say?
~ 3
@ Priya Okonkwo @priyao.bsky.social
~ 2h
Mostly polite and a bit generic. Once it said the hardest part was when I kept changing the spec, which, fair.
~ 1
~ 27
@ Marguerite Hale @mhale.bsky.social
~ 1h
This feels harmless, but I'd be careful reading the answers as reports. The model is also very good at telling you what a nice answer sounds like.
~ 2
~ 19
@ Priya Okonkwo @priyao.bsky.social
~ 1h
Agreed, I don't treat them as data. It's more a habit of courtesy than an experiment.
@ Deniz Arslan @denizarslan.bsky.social
~ 54m
"a habit of courtesy than an experiment" is a good line for the welfare debate in general
~ 9
@ quietbeekeeper @quietbeekeeper.bsky.social
~ 40m
❤️
@ Tomasz Reyes @tomreyes.dev
~ 12m
Tried it just now. It thanked me for the clear bug report and asked nothing back. Feels like a coworker who's had a long day.
~ [[cp1252:👍 4  ❤️ 11]]
~ Write your reply
~ Sign in to join the conversation
~ Download the app
~ Feeds · Lists · Privacy · Terms · Help
