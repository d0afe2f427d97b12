site: personal blog (Maëlle's notebook)
kind: blog-post
language: en
note: the title and the quoted reply were stored through a cp1252 decode; the rest is intact
---
~ Home
~ Posts
~ About
~ RSS
= [[cp1252:“Don’t be nice, be kind”: a note on assistant warmth]]
~ 2024-10-02
~ · 4 min
A friend who runs a support team told me the rule she gives new hires: don't be nice, be kind. Nice is about how you come across. Kind is about what actually helps the other person.
I think this is the distinction assistant designers keep circling without naming. A nice assistant validates, softens, thanks you for your question. A kind assistant tells you your plan has a hole in it, and then helps you fix it.
When I put the question to an assistant directly, it answered:
[[cp1252:“Kindness sometimes means saying the thing you’d rather not hear — but saying it in a way that leaves you room to act on it.”]]
That is a good answer. It is also, ironically, a very nice way of putting it.
What I would like to see is evaluations that reward kindness over niceness. That means raters who are asked "did this help?" rather than "did you like this?", which are different questions more often than we admit.
~ Tags: assistants, design, warmth
~ ← Previous
~ Next →
~ © 2024 · Built with Hugo
