site: personal wiki (plain export)
kind: blog-post
archive_kind: other
language: en
note: "the page's own title of two words on the first line, then the text: a short true title that must not be taken for a label"
---
= Persona drift
Persona drift is what I call the slow change in an assistant's manner over a long conversation. It rarely happens in one step.
The usual pattern is that the assistant starts formal, mirrors the user's jokes after a while, and ends up agreeing more than it should.
I keep a few test conversations that make the drift easy to see, and I rerun them after every change to the system prompt.
