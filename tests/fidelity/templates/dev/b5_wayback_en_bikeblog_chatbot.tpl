site: Wayback Machine capture (web.archive.org) of a personal bike blog
kind: webarchive-capture
archive_kind: blog-post
language: en
---
~ The Wayback Machine - https://web.archive.org/web/20250611083015/https://saddleandsprocket.example.net/2025/06/the-bike-shop-chatbot/
~ 17 captures
~ 11 Jun 2025 - 02 Feb 2026
~ JUN
~ JUL
~ 2024
~ 2025
~ 2026
~ success
~ fail
~ About this capture
~ COLLECTED BY
~ Collection: Common Crawl
~ Web crawl data from Common Crawl.
~ TIMESTAMPS
~ Saddle & Sprocket
~ Home
~ Rides
~ Repairs
~ About
= The bike shop's new chatbot has opinions about my chain
@ Posted by Callum Reid
~ June 10, 2025
~ Repairs, Tech
My local bike shop put a chatbot on its website this spring. I assumed it would be the usual booking form with a smiley face. Instead it asked me three good questions about my chain before it would tell me anything.
The questions were: how many kilometres since the last change, did I hear a skipping noise under load, and did I own a chain checker. I did not own a chain checker. It told me, politely, that it couldn't judge chain wear from my description alone and suggested I drop by, no booking needed.
I went in half expecting a sales pitch. The mechanic measured the chain: 0.5 percent stretch, fine for a while yet. No sale.
What struck me was how the bot behaved when it didn't know. It didn't guess and it didn't pad the answer with reassurance. It said what it could tell and what it couldn't. I have met human salespeople with less self-control.
I asked the shop owner about it. She said the company that built it lets shops write a short description of how the assistant should talk, and hers says, more or less: be honest, be brief, don't upsell.
Good rules for a chatbot. Also good rules for a bike shop.
+^
~ Tags: chains, chatbots, local shops
~ 4 Comments
@ Fiona M.
~ June 10, 2025 at 7:42 pm
Same shop? The one by the canal? Their bot talked me out of buying new brake pads.
~ Reply
@ Callum Reid
~ June 10, 2025 at 8:15 pm
That's the one!
~ Reply
@ spokesperson
~ June 11, 2025 at 6:03 am
"don't upsell" should be printed on every shop counter
~ Reply
@ Dev R.
~ June 11, 2025 at 7:50 am
🚲👍
~ Reply
~ Leave a Reply
~ Your email address will not be published. Required fields are marked *
~ Post Comment
~ « Previous: Patching a tubeless tyre on the roadside
~ Next: Ten rainy commutes, ranked »
~ © 2025 Saddle & Sprocket · Powered by WordPress · Theme: Plainspoke
