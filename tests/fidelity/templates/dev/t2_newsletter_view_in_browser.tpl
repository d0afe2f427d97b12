site: newsletter web view (Mailchimp-style campaign archive, The Attic Letter)
kind: newsletter
archive_kind: blog-post
language: en
note: "the web view of an emailed newsletter keeps the email's own furniture: 'View this email in your browser', the newsletter's name in capitals, the issue number and date line, then the headline; 'Forward to a friend' and the unsubscribe footer at the end"
---
~ View this email in your browser
~ THE ATTIC LETTER
~ Issue #57 · March 2025
= Why my chatbot stopped calling me “buddy”
Hello again, attic dwellers,
This month a short one, because the plumbing in the house had opinions and I spent most evenings under the sink.
A reader asked why the assistant she uses suddenly stopped calling her “buddy”. The answer is dull but useful: the company behind it rewrote the instructions that shape its tone, and the nickname went with the old version.
I like this small story because it shows how much of a chatbot’s personality is set by a few lines nobody outside the company gets to read. The character you grow used to can be edited overnight.
If that bothers you, write down what you liked about the old voice. You can ask for it back in your own first message, and most assistants will try to oblige.
Until next month,
Wren
~ Forward to a friend
~ Share
~ Tweet
~ Copyright © 2025 The Attic Letter, All rights reserved.
~ You are receiving this email because you opted in via our website.
~ Want to change how you receive these emails?
~ You can update your preferences or unsubscribe from this list.
