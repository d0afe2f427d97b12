site: Buttondown (Tokens & Temperaments)
kind: newsletter
archive_kind: blog-post
language: en
---
~ Tokens & Temperaments
~ Archives
~ Subscribe
= Tokens & Temperaments #58: the week in model character
~ June 7, 2024
Hello again. This week was quieter than the last, which I appreciated. Three things caught my attention.
1. A lab published the written guidelines it uses to shape its assistant's personality. The most interesting section is about when the assistant should disagree with the user. The answer is "more often than you would think, but gently".
2. A small study found that people rate the same answer as more trustworthy when it contains one admission of uncertainty. Two admissions, and trust drops again. Humility seems to have a sweet spot.
3. Someone built a game where you have to guess which of two replies came from the older model. I scored seven out of ten, mostly by spotting exclamation marks.
That is all for now. If you have seen something about model character that I should read, reply to this email; I read everything, slowly.
— Priya
~ Issue #58 of Tokens & Temperaments. Older issues are in the archive.
~ Share on Twitter
~ Share on LinkedIn
~ Share via email
~ Sent with Buttondown
