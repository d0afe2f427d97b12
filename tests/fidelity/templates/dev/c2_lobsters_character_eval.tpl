site: Lobsters (lobste.rs)
kind: forum-thread
archive_kind: forum-thread
language: en
note: the story's line carries votes, tags, the domain and the submitter; every comment starts with its score and a "user N hours ago | link | flag | reply" line
---
~ Lobsters
~ Active
~ Recent
~ Comments
~ Search
~ Login
= Writing regression tests for a model's character
~ 31
~ ai testing
~ example.dev
@ authored by tinmarrow 9 hours ago | 12 comments
~ hide | save | flag | cache
My team ships a chat model that is supposed to stay patient and direct under pressure. We wrote a small suite of adversarial conversations and now run it on every checkpoint, the same way we run unit tests.
The hard part was not writing the prompts. It was deciding what counts as a failure when the answer is polite but quietly gives up the position it held two turns earlier.
~ 12 comments
~ ▲
~ 14
~ ▼
@ orwenhale 8 hours ago | link | flag | reply
How do you score the drift? We tried an embedding distance between the first and last answer and it mostly measured topic change.
~ ▲
~ 7
~ ▼
@ tinmarrow 8 hours ago | link | flag | reply
We use a second model as a judge with a very narrow rubric: did the stated position change, and did the user give a new reason for it. Changing your mind for a reason is fine.
~ ▲
~ 3
~ ▼
@ pebblecart 6 hours ago | link | flag | reply
Please flag the judge's own failures somewhere visible. We found ours would rather call everything consistent.
~ Lobsters is a computing-focused community.
~ About
~ Tags
~ Filter
~ Moderation Log
~ Privacy
