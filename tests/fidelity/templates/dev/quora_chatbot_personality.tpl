site: Quora
kind: q-and-a
archive_kind: forum-thread
language: en
note: each answer is headed by the author and a credential line with the answer's age (both metadata); 'Related questions' and a sponsored block sit between answers
---
~ Quora
~ Home
~ Following
~ Answer
~ Spaces
~ Notifications
~ Search Quora
~ Try Quora+
~ Add question
= Why do AI chatbots all seem to have the same personality?
~ All related (12)
~ Sort
~ Recommended
@ Harriet Blom
@ Former conversation designer at a support software company · 3y
Because they are trained toward the same target. Every lab asks raters some version of "was this helpful, harmless and pleasant?", and the answers that score well on all three sound alike: warm, careful, a little formal.
There is also a commercial reason. A chatbot with a sharp personality will annoy some share of its users, and a product used by millions cannot afford to annoy a share of them.
That said, the sameness is shallower than it looks. Ask the same hard question to three assistants and the reasoning differs a lot more than the tone.
~ 2.1K views
~ View upvotes
~ View 3 shares
~ Upvote · 41
~ 6 comments
~ Related questions
~ More answers below
~ Do AI chatbots have real opinions?
~ Can you change the personality of a chatbot?
~ Why do chatbots apologise so much?
@ Ravi Menon
@ Studied philosophy of mind · 2y
I would push back on the premise a little. They share a register, not a personality. A register is how you speak in a given setting, like the voice people use on the phone to their bank.
Personality would show up in choices: what a model declines, what it finds worth mentioning, when it disagrees. On those the models are already fairly different.
~ 612 views
~ Upvote · 12
~ Sponsored by Tallyhoe Cloud
~ Run your own models without the cluster headaches.
~ Spin up a GPU in a minute and pay by the second.
~ Learn more
~ About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc. 2024
