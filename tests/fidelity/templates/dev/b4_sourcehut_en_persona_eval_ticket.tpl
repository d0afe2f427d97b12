site: sourcehut todo (todo.sr.ht)
kind: code-issue
archive_kind: forum-thread
language: en
note: "sourcehut ticket: the ticket title carries a '#41' prefix line above it; event lines ('~ label added') and comment headers; a code line in a comment is content"
---
~ sourcehut
~ todo
~ Log in — Register
~ ~ilsa/persona-evals
~ Tickets
~ Submit ticket
~ #41
= Trait-consistency scorer counts refusals as personality drift
~ Status
~ REPORTED
~ Submitter
@ ~bramble
~ Assigned to
~ No-one
~ Submitted
~ 6 days ago
~ Updated
~ 2 days ago
~ Labels
~ bug   scoring
When the model politely declines a request, the trait-consistency scorer marks the turn as a drop in warmth and openness. Over a long transcript that makes a steady, well-behaved character look unstable.
Steps: run the bundled eval on transcripts/gardening_helper.jsonl and compare turns 12 and 13. Turn 13 is a refusal to give pesticide doses for a plant the user could not name, and the warmth score falls from 0.81 to 0.22.
I think refusals should be scored on their own axis, or at least excluded from the drift average.
@ ~ilsa
~ 5 days ago
Agreed that this is wrong. The scorer was trained on casual chat and has barely seen a kind refusal.
A quick workaround until there is a fix:
| --exclude-turns refusal
That flag already exists, it just is not documented. I will add it to the README.
@ ~kettle_and_moss
~ 4 days ago
Excluding them hides a real signal, though. A character that refuses coldly one day and warmly the next is drifting, and I want the eval to catch that.
Could we score refusals against other refusals instead of against the whole transcript?
@ ~ilsa
~ 2 days ago
~ ~ilsa added label scoring
That is a nicer idea. I will try a separate baseline for refusals and post numbers here.
~ Register here or Log in to comment, or comment via email.
~ About this site · Terms of service · Privacy policy · © 2018-2026 The sourcehut developers
