site: Personal essay blog (Notes from the Porch)
kind: blog-post
archive_kind: article
language: en
note: only the title went through a cp1252 decode; the body has correct accented letters and typographic quotes that must stay as written
---
~ Notes from the Porch
~ Essays
~ Contact
= [[cp1252:Naïve questions about a chatbot’s “personality”]]
~ January 30, 2025
My neighbour Zoë asked whether her chatbot has a personality or only a style. It’s a naïve question, she said, but she kept thinking about it over her café au lait.
I told her I didn’t know. A style is how something speaks; a personality, I think, is what it does when the easy answer and the right answer differ.
She laughed and said the chatbot’s answer to that question was more modest than mine — which, she noted, might itself be a kind of character.
~ Share this:
~ Like this:
