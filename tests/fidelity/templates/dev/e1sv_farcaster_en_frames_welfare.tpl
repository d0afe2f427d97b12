site: "Farcaster client (warpcast-like, thread)"
kind: farcaster-thread
archive_kind: social-thread
language: en
title: null
note: "a Farcaster cast with its replies in an English web client: the client's header and sign-up prompts, each cast's display name and username (metadata), the relative time, the channel badge, the power badge, the reply/recast/like counts under every cast, a link embed (title, description, domain), 'Show more replies', the hidden-replies fold and the footer; a short reply that repeats a phrase stays"
---
~ Home
~ Channels
~ Explore
~ Sign up
~ Log in
~ Cast
@ Orla Byrne
@ @orlab
~ /ai-welfare
~ 6h
Small welfare question for people who build chat models: do you let your model end a conversation that has turned abusive?
We added it to our support bot last month. It has used the option four times, and each time a person on our team agreed with it afterwards.
~ Giving assistants a way out
~ Notes from a small team on letting a support bot close a chat.
~ notes.example.org
~ 18 replies
~ 42 recasts
~ 311 likes
@ Dev Raman
@ @devr
~ 5h
Four times in a month is fewer than I expected. Did anyone complain that the bot left?
~ 3 replies
~ 1 recast
~ 27 likes
@ Orla Byrne
@ @orlab
~ 5h
One person did, and then apologised in a follow-up message the next day.
~ 1 reply
~ 0 recasts
~ 19 likes
@ kettle.eth
@ @kettle
~ 4h
Fewer than I expected, too.
~ 0 replies
~ 0 recasts
~ 8 likes
~ Show more replies
~ Some replies are hidden
~ Show hidden replies
~ Download the app
~ Terms
~ Privacy
