site: Reddit (old.reddit.com)
kind: reddit-thread
archive_kind: forum-thread
language: en
note: a mirror that printed every paragraph twice (visible text and its accessible copy)
---
~ jump to content
~ r/slatestarcodex
= Are "character" and "persona" the same thing for a language model?
+^
@ submitted 2 days ago by lattice_owl
I keep seeing these words used interchangeably in alignment discussions and I think they should be kept apart.
+^
A persona is what you ask for in the prompt. A character is what you actually get across many prompts.
+^
The gap between them is where most of the interesting failures live.
+^
~ 23 comments
~ share
~ save
~ hide
~ report
@ [–]brindle_cat 19 points 2 days ago
I like the distinction, but people will keep mixing them up because the labs use both words for the same marketing page.
+^
~ permalink
~ embed
~ save
~ report
~ reply
@ [–]lattice_owl[S] 8 points 2 days ago
Sure, I am not hoping to fix the marketing. I just want the research papers to stop doing it.
+^
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
@ [–]vesna_k 11 points 1 day ago
Another useful word is mask, for the persona when it clearly differs from the character underneath. Masks slip.
+^
~ permalink
~ embed
~ save
~ report
~ reply
