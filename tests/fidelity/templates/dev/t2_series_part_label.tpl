site: technical blog with a post series (Quiet Compiler)
kind: blog-post
archive_kind: blog-post
language: en
note: "the series' name and the part number stand above the post's headline as labels; the date and reading time under it"
---
~ Quiet Compiler
~ Posts
~ Series
~ About
~ Series: Building a persona from scratch
~ Part 3 of 5
= Teaching the persona when to stay quiet
~ 4 March 2025 · 7 min
In the first two parts we gave our assistant a name, a voice and a few opinions. Now comes the harder part: restraint.
A persona that comments on everything quickly becomes tiring. We want ours to answer the question asked, and only add a remark when it genuinely helps.
The trick that worked best was giving it examples of conversations where the right move was to say less.
~ Next: Part 4
~ Previous: Part 2
