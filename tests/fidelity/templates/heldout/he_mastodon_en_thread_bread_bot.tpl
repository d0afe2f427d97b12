site: Mastodon mirror (toot.garden)
kind: social-thread
archive_kind: social-thread
language: en
title: null
note: "Social thread mirrored by a reader: no title, display names and handles as metadata, counters and relative times as chrome, two posts saved twice by the scraper (one copy right below, one after the boosts row)."
---
~ toot.garden
~ Log in
~ Create account
~ Back
@ Odile Marchetti 🍞
@ @odile@bakers.social
~ 2h
My kitchen assistant has developed a personality and I'm not sure I like it. Today it told me my dough "deserved a rest, and so did I." It's right, but who asked.
+^
~ 12 ↻ 48 ☆
@ Femi A.
@ @femi_codes@hachyderm.io
~ 2h
That's the "caring" preset. You can switch it to "terse" in settings and it'll just tell you the hydration percentage.
~ 3 ↻ 19 ☆
@ Odile Marchetti 🍞
@ @odile@bakers.social
~ 1h
I tried terse. It said "Proof 45 min." and nothing else, and I felt oddly abandoned. Apparently I want the middle setting, which does not exist.
~ 7 ↻ 61 ☆
@ Juniper Hale
@ @juniper@mas.to
~ 1h
This is the whole alignment problem in one kitchen. Everyone wants it honest, nobody wants it blunt, and the boundary moves depending on how the bread turned out.
~ 21 ↻ 95 ☆
+ This is the whole alignment problem in one kitchen. Everyone wants it honest, nobody wants it blunt, and the boundary moves depending on how the bread turned out.
@ Odile Marchetti 🍞
@ @odile@bakers.social
~ 52m
For the record, the loaf was excellent. The assistant said it was "proud of us both." I've decided to allow it.
~ 4 ↻ 33 ☆
~ Show more replies
~ About · Privacy policy · Source code
~ toot.garden is a read-only mirror. Posts belong to their authors.
