site: personal blog (Hugo, PaperMod-style theme, fieldnotes.example)
kind: blog-post
language: en
note: a Hugo static blog; the breadcrumb, the "date · reading time · words · author" row, a table of contents repeating the subheadings, the post-nav with previous/next titles, tags and the theme's footer credit
---
~ Skip to main content
~ fieldnotes
~ Posts
~ Tags
~ Archive
~ About
~ Search
~ Home » Posts
= Keeping a character consistent across a long game
~ January 19, 2026 · 6 min · 1187 words · Oskar Lind
~ Table of Contents
~ The problem
~ What helped
~ What did not
The problem
I run a small tabletop campaign where one of the non-player characters is voiced by a language model. She is a retired lighthouse keeper called Maud, dry and kind, and she dislikes being hurried.
For the first few sessions she was wonderful. By session five she had started answering like a helpful search engine, cheerful and complete, which is exactly what Maud would never be.
What helped
Writing down three things Maud would never say turned out to matter more than ten things she would. Negative examples gave the model a fence to stay inside.
A short recap at the start of each session, written in Maud's own voice, also helped. The model seemed to pick up the rhythm from the recap rather than from the description.
What did not
Adjectives did very little. "Gruff", "warm" and "laconic" all sit in the prompt and the model nods at them politely and then does what it likes.
Asking the model to rate its own consistency was useless. It always gave itself full marks.
I do not know whether there is anything it is like to be Maud. I do know the players would be sad if she vanished, and that feels worth taking a little care over.
~ games
~ llm
~ character
~ « Prev
~ Sourdough, week twelve
~ Next »
~ Notes on a cheap weather station
~ © 2026 fieldnotes · Powered by Hugo & PaperMod
