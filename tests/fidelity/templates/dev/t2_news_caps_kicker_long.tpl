site: English regional newspaper with a long kicker in capitals (The Harbour Courier)
kind: news-article
archive_kind: article
language: en
note: "the paper's name and menu, then a kicker in capitals of several words above the headline; the standfirst ends with a full stop; the byline and date under it"
---
~ The Harbour Courier
~ News
~ Sport
~ What's On
~ Subscribe
~ THE WEEK IN LOCAL TECHNOLOGY
= Harbour ferry's chatbot learns to admit when the sailing is cancelled
The operator rewrote its assistant after passengers complained it kept promising boats that were not coming.
@ By Tomasz Reilly
~ 4 March 2025
For months the ferry company's online assistant answered questions about sailings with cheerful confidence, even on days when storms had stopped every boat.
The company has now connected it to the live timetable and told it to say plainly when a sailing is off.
Passengers say the new version is less friendly but far more useful.
~ Share this story
~ More news
