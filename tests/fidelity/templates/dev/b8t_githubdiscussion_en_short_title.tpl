site: GitHub (discussion)
kind: issue-thread
archive_kind: forum-thread
language: en
title: "Persona evals"
note: "a Q&A discussion whose title is two words: the sticky header with its number, the category line, the title again with the poster's handle and the date under it; the answer's badges and the category box are chrome"
---
~ Skip to content
~ Sign in
~ larchwood / persona-kit
~ Code
~ Issues 31
~ Discussions
= Persona evals #48
~ Answered by larchwood
@ fennel-q asked this question in Q&A
~ Persona evals
@ fennel-q
~ Mar 2, 2026
~ · 2 comments · 1 reply
~ Return to top
How do you check that a persona still holds after a model upgrade? We rerun a fixed set of prompts but reading the answers takes hours.
~ 2
~ You must be logged in to vote
@ larchwood
~ Mar 3, 2026
~ Maintainer
We keep twenty prompts with notes on what the persona should do, and a second model flags answers that differ from the notes. A person reads only the flagged ones.
~ Answer selected by fennel-q
~ Category
~ Q&A
