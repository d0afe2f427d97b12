site: Cycling forum (Chainring Talk)
kind: forum-thread
language: en
note: a CMS wrote the legacy page through latin-1 and replaced the C1 bytes (0x80-0x9F) with '?' - the apostrophes, quotes and dashes lost two of their three bytes for good; accented letters survived as latin-1 pairs
---
~ Chainring Talk
~ Forums
~ New posts
~ Log in
= Route planner that admits when it doesn't know
@ spokesandsprockets
~ Feb 9, 2025
[[latin_1/qmark:The new route planner told me it wasn’t sure whether the gravel path near the café was open. I liked that more than a confident wrong answer.]]
@ velo_nana
~ Feb 9, 2025
[[latin_1/qmark:Same here — it said “I can’t confirm this road is paved” and it was right, it was mud.]]
@ spokesandsprockets
~ Feb 10, 2025
Ha, good to know. I will trust its hedges a bit more now.
~ Reply
~ Like
