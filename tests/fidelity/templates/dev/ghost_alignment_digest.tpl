site: Ghost (Alignment Field Notes)
kind: newsletter
archive_kind: blog-post
language: en
---
~ Alignment Field Notes
~ Home
~ About
~ Archive
~ Sign in
~ Subscribe
~ Field Notes
= Field notes: the honesty-helpfulness trade-off is smaller than it looks
@ Jonas Ekwueme
~ Feb 19, 2025
~ — 6 min read
There is a story people tell about assistants: you can make them more honest or more helpful, but pushing one pushes the other down. I used to believe it. After a month of reading evaluation results, I believe it much less.
Most of the apparent trade-off comes from a handful of situations. The user wants reassurance the facts do not support. The user asks for something the assistant cannot verify. The user wants a confident answer to a question that has none.
In those situations, yes, honesty costs some immediate satisfaction. But they are a small fraction of real conversations. In the rest, the honest answer and the helpful answer are the same answer.
So when a report says "our model became more honest and users rated it slightly lower", it is worth asking which conversations moved. If it is only the reassurance cases, that might be a price worth paying.
~ Members-only section
~ Join to read every issue
~ Subscribe now
~ Already have an account? Sign in
~ Read more
~ Field notes: evaluation sets are not neutral
~ Field notes: when the grader is also a model
~ Alignment Field Notes © 2025
~ Powered by Ghost
