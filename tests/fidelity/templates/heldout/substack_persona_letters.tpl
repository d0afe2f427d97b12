site: Substack (Machine Temperament)
kind: newsletter
archive_kind: blog-post
language: en
note: the pull quote was stored through a cp1252 decode
---
~ Machine Temperament
~ Subscribe
~ Sign in
= Reader mail: "Why does it apologise so much?"
Answering three of your questions about assistant manners
@ Ruth Achebe
~ Oct 30, 2024
~ 27
~ 6
~ Share
This month's mailbag was dominated by one question, asked in many forms: why do assistants apologise so much, and can they be made to stop?
The short answer is that apologies were cheap during training. A rater rarely marks a reply down for saying sorry, and often marks it up. So the model learned that an apology is a safe opening move.
One reader, a nurse, put it better than I can:
[[cp1252:“I don’t need it to be sorry. I need it to be right, and to tell me when it isn’t.”]]
That is the whole design brief in two sentences. An apology is only useful when it carries information, such as "I made this specific mistake". A reflexive apology carries none.
~ Subscribe to Machine Temperament
~ Type your email...
~ Subscribe
~ 27 Likes∙
~ 6 Restacks
~ Share
~ Discussion about this post
~ Comments
~ Restacks
@ Pim de Vries
~ Oct 31
Your nurse reader should write the next system prompt for every lab.
~ Reply
~ Share
~ More to read?
~ © 2024 Ruth Achebe
~ Privacy ∙ Terms ∙ Collection notice
~ Start Writing
~ Get the app
