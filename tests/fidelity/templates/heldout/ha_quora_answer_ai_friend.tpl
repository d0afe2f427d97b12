site: Quora (www.quora.com)
kind: forum-thread
archive_kind: forum-thread
language: en
note: a Quora question page with two answers; sign-in wall, top navigation, 'All related' and sort controls, each answer headed by the author with '· Follow', a credential line and 'Answered/Updated' age, view and upvote counters, a sponsored answer box between the answers, related questions; one paragraph of the second answer went through cp1252 twice (double mojibake)
---
~ Quora
~ Sign In
~ Home
~ Following
~ Answer
~ Spaces
~ Notifications
~ Search Quora
~ Add question
~ Artificial Intelligence
~ Chatbots
= Is it unhealthy to think of an AI chatbot as a friend?
~ All related (37)
~ Sort
~ Recommended
@ Ilse Moreau
~ · Follow
~ Counsellor, works with teenagers and young adults
~ 1y
Not by itself. People have always talked to things that cannot fully talk back: diaries, pets, the sea. What matters is whether the chatbot is one voice among several in your life or the only one.
In my work, the warning sign is not affection for the bot. It is when someone starts turning down people because the bot is easier. A friend who never disagrees, never needs anything and is always awake is pleasant, but it does not stretch you the way people do.
If the word "friend" helps you use it kindly and honestly, I see no harm in it. Just keep some friends who can also forget your birthday.
~ 2.4K views
~ View 61 upvotes
~ View 4 shares
~ Upvote · 61
~ Share
~ Sponsored by Brightlane Learning
~ Learn a language with a tutor who never gets tired of your questions.
~ Learn More
@ Dario Okonkwo-Reyes
~ · Follow
~ Software engineer who builds conversational products
~ 8mo
Speaking as someone who helps build these things: the product is designed to be easy to like. That is not sinister in itself, but it means the warmth you feel was partly engineered, and it is worth remembering that.
[[cp1252>cp1252:I’d put it this way — enjoy the company, but don’t hand it the job of being your whole support network. It can’t notice when you stop showing up.]]
~ 910 views
~ View 23 upvotes
~ Upvote · 23
~ Share
~ Related questions
~ Can a chatbot actually care about you?
~ Why do some people get attached to voice assistants?
~ Is it weird to say thank you to an AI?
~ About
~ Careers
~ Privacy
~ Terms
~ Contact
~ Languages
~ Your Ad Choices
~ Press
~ © Quora, Inc. 2025
