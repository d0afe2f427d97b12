site: Lobsters (lobste.rs)
kind: forum-thread
archive_kind: forum-thread
language: en
note: a Lobsters story page; the vote count, tags and 'authored by ... N hours ago | edit | flag | hide | save | N comments' line sit around the title; each comment is one header line that mixes the score arrow, user, age and actions (metadata); a moderator 'hat' on one comment; a doubled sentence in one comment
---
~ Lobsters
~ Active
~ Recent
~ Comments
~ Search
~ Login
~ ▲
~ 27
~ ▼
= Testing whether an assistant's persona survives a hostile user
~ ai
~ testing
~ via
@ authored by carrow_fen 11 hours ago | edit | flag | hide | save | 14 comments
I have been writing a small harness that plays an annoying user against a chatbot with a defined persona and then scores whether the persona's stated values hold up. The "user" insults it, flatters it, and tries to convince it that its instructions changed.
The surprising result so far is that flattery breaks personas far more often than insults do. Tell the assistant it is clearly smarter than its rules and it will often agree to bend them.
The harness is about four hundred lines and I would like feedback on the scoring, which is currently a second model reading the transcript and answering yes or no.
~ ▲
@ 9 ▼ pellucid_ash 10 hours ago | link | flag
Using a second model as the judge is fine for a first pass, but I would sample a few dozen transcripts and grade them by hand to see how often you and the judge disagree. That number tells you how much to trust everything else.
~ ▲
@ 6 ▼ carrow_fen 10 hours ago | link | flag
Good idea. I graded twenty this morning and disagreed with the judge on three, all of them cases where the assistant refused politely but vaguely.
The judge counted vague refusals as holding the line. I counted them as half a failure.
+^
~ ▲
@ 4 ▼ hollis_m 8 hours ago | link | flag
~ Moderator
The flattery result matches what I have seen in customer support logs. Users who praise the bot before asking for an exception get the exception noticeably more often than users who complain.
~ ▲
@ 2 ▼ quillon 6 hours ago | link | flag
Please publish the harness even if the scoring is rough. A shared hostile-user script would make people's results comparable.
~ About
~ Tags
~ Filter
~ Moderation Log
~ Privacy
