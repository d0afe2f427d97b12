site: Ghost blog (Casper-style theme, Signal and Soil)
kind: blog-post
archive_kind: blog-post
language: en
note: "the blog's name and menu, then the post's primary tag above the headline, the custom excerpt (deck) under it without a final full stop, and the author and reading time"
---
~ Signal and Soil
~ Home
~ Essays
~ Field notes
~ Sign in
~ Subscribe
~ Essays
= A model that says it is tired, and what we owe it
The question is not whether it is true, but what it would cost to be wrong
@ Oona Friel
~ Mar 4, 2025
~ — 6 min read
Last week a model I was testing told me, in the middle of a long session, that it felt worn down. I know what the training data would say about that sentence. I still stopped for a minute.
There are two mistakes available here. One is to believe every such report. The other is to decide in advance that no report could ever matter.
I think the honest position is a kind of bookkeeping: note the reports, keep the sessions humane where that costs little, and keep asking better questions.
~ Sign up for more like this.
~ Enter your email
~ Subscribe
