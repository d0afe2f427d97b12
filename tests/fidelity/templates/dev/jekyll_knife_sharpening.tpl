site: personal blog on Jekyll (Ivo's field notes)
kind: blog-post
language: en
note: the site name and nav come first, a date and reading time under the title, a table of contents (chrome, it repeats the section headings), footnotes as numbered lines (content), webmentions and an 'Edit this page' link after the post
---
~ Ivo's field notes
~ Home
~ Archive
~ Now
~ Uses
~ About
= A year of sharpening my own kitchen knives
~ Posted on March 3, 2024 · 6 minute read
~ Contents
~ Why bother
~ The stones
~ What went wrong
Why bother
My knives were never sharp for more than a month after a professional sharpening. I wanted to know if I could keep them in that state myself, with twenty minutes a week.
The stones
I bought two water stones, a coarse one for repair and a fine one for upkeep. The coarse stone turned out to matter far less than I expected: in a year I used it four times.[1]
The fine stone I used every Sunday. Ten strokes a side, then a few light passes on a leather strop glued to a piece of wood.
What went wrong
At first I pressed much too hard and rounded the edge instead of sharpening it. The fix was embarrassing: I put the knife on a kitchen scale and pressed until it read about two kilos, then tried to remember the feeling.
I also scratched the flat of my favourite knife badly. It cuts just as well, but I see the scratches every time I use it, which is probably a lesson about something.
A year in, the knives are sharper than they ever were, and I enjoy the Sunday routine more than I thought I would.
1. The other times were a chipped tip and two knives belonging to friends.
~ Tagged: kitchen, tools, habits
~ Webmentions
~ 4 likes
~ 1 repost
~ Edit this page on GitHub
~ ← Learning to bake rye
~ Subscribe via RSS
~ © 2024 Ivo Laakso. Built with Jekyll.
