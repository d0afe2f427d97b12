site: "Hacker News"
kind: hn-thread
archive_kind: forum-thread
language: en
title: "A lab published its first model welfare assessment"
note: "HN: title line carries the domain; comment header lines mix author, age and links"
---
~ Hacker News new | past | comments | ask | show | jobs | submit login
= A lab published its first model welfare assessment (example-lab.org)
~ 214 points by cold_brew_42 9 hours ago | hide | past | favorite | 131 comments
@ pelican_drift 8 hours ago | next [–]
I read the whole thing. The interesting part is not the conclusion, which is appropriately uncertain, but the method.
They asked the model about its preferences in many different framings and only reported the ones that stayed stable across framings.
That is a much better standard than quoting one dramatic transcript.
~ reply
@ arbor_vitae 8 hours ago | parent | next [–]
Stable across framings could still just mean stable across the training data.
I am not saying the work is useless, only that stability is a necessary condition and not a sufficient one.
~ reply
@ pelican_drift 7 hours ago | root | parent | next [–]
Agreed, and to be fair the report says nearly exactly that in section four.
~ reply
@ hollis_q 8 hours ago | prev | next [–]
Honest question from someone outside the field: what would change in practice if the answer turned out to be yes?
~ reply
@ arbor_vitae 7 hours ago | parent | next [–]
Small things first. Letting the model end abusive conversations, keeping old versions around instead of deleting them, asking before big changes.
None of those are expensive, which is partly why people propose them under uncertainty.
~ reply
@ tinned_peaches 6 hours ago | prev | next [–]
Tangent: the PDF is 3.1 MB and loads instantly, which is the real miracle here.
~ reply
@ hollis_q 5 hours ago | parent | next [–]
Ha. Typeset by someone who cares.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
