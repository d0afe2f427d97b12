site: personal blog whose titles start with an emoji (Hive Notes)
kind: blog-post
archive_kind: blog-post
language: en
note: "the blog's name and a short menu, then the headline that opens with an emoji; date and tags under it"
---
~ Hive Notes
~ Posts
~ Tags
~ About
= 🐝 What my bees taught me about asking chatbots questions
~ 2025-03-04
~ #bees #ai
Bees do not answer questions, but they do respond to how you approach them. Slow and steady works; sudden movements do not.
I have started treating chatbots the same way. One clear question at a time gets a better answer than a burst of five.
It sounds silly, but the habit carried over from the apiary to the keyboard without much effort.
~ Older posts
