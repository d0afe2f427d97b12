site: Medium (medium.com)
kind: blog-post
archive_kind: blog-post
language: en
note: member-only banner, clap and response counters above and below the story, a 'Written by' footer, and a responses section whose text went through a cp1252 decode (curly quotes and dashes damaged)
---
~ Open in app
~ Sign up
~ Sign in
~ Write
~ Search
~ Member-only story
= The Assistant Who Never Said No
Notes from six months of trying to give a chatbot a spine without making it rude.
@ Oriel Vantongeren
~ Follow
~ 8 min read
~ ·
~ Feb 17, 2025
~ 1.6K
~ 31
~ Listen
~ Share
When I started building a support assistant for a small bookshop chain, the first complaint from staff was not that it was wrong. It was that it was agreeable to the point of uselessness. A customer could talk it into promising a discount that did not exist.
We tried the obvious fix first: a line in the instructions saying the assistant should politely decline requests outside policy. It declined everything for a week, including perfectly normal returns.
What finally worked was giving the character a reason rather than a rule. We described the assistant as someone who had worked in the shop for years and liked the customers too much to lie to them. Refusals became explanations.
I do not think the model "believes" any of that. But the description gave it a consistent place to stand, and consistency was what customers actually wanted.
The lesson I keep coming back to is that politeness and honesty are not opposites. An assistant that cannot say no is not kind; it is just postponing the disappointment.
~ Artificial Intelligence
~ Chatbots
~ Customer Service
~ Product Design
~ 1.6K
~ 31
@ Written by Oriel Vantongeren
~ 2.3K Followers
~ ·
~ 140 Following
~ Follow
~ Responses (31)
~ What are your thoughts?
@ Hennie Bastos
~ Feb 18, 2025
[[cp1252:“A reason rather than a rule” — I’m stealing this for our onboarding docs.]]
~ 48
~ 1 reply
~ Reply
@ Tobiah Ferro
~ Feb 20, 2025
[[cp1252:Didn’t the backstory ever make it claim things about the shop that weren’t true? That’s what happened to us.]]
~ 12
~ Reply
~ See all responses
~ More from Oriel Vantongeren
~ Recommended from Medium
~ Help
~ Status
~ About
~ Careers
~ Press
~ Blog
~ Privacy
~ Terms
~ Text to speech
~ Teams
