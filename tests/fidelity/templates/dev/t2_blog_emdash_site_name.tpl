site: personal blog whose headline carries the site's name after a dash (Lantern Notes)
kind: blog-post
archive_kind: blog-post
language: en
title: How I taught my assistant to be blunt without being rude
note: "the page's heading repeats the browser title's shape, '<headline> — <site name>', and the site's name stands alone at the top of the page and again in the footer"
---
~ Lantern Notes
~ Archive
~ About
~ RSS
= How I taught my assistant to be blunt without being rude — Lantern Notes
~ 14 January 2025
For months my writing assistant softened every criticism until it was useless. "This paragraph could perhaps be slightly tightened" meant "cut half of it".
So I gave it a rule: say the problem first, in one sentence, then explain. No compliments unless I ask for them.
The change was immediate. The feedback got shorter and far more useful, and it never once became unkind. Blunt and rude turn out to be different things.
~ Lantern Notes · Written by Isak Vandermeer
