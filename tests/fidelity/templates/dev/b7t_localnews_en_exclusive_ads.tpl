site: "Lakeside Gazette (local news, subscriber page)"
kind: news-article
archive_kind: article
language: en
note: "a local article with a 'SUBSCRIBER EXCLUSIVE' kicker in capitals over the headline (a question), the byline and date on one line, 'Advertisement' and 'Story continues below advertisement' markers inside the text, the 'Related' box; all chrome but the text"
---
~ Lakeside Gazette
~ News   Sports   Business   Opinion   Life   Obituaries
~ SUBSCRIBER EXCLUSIVE
= Should the town library's chatbot have a name? Residents are split
@ By Priya Raman | March 5, 2026
Lakeside Public Library asked residents to suggest a name for its new website chatbot, and the 212 replies have turned into a small debate.
~ Advertisement
~ Story continues below advertisement
About half of the replies offered names, from "Dewey" to "Page Turner." The other half said a chatbot should not have a name at all, because it might make people think it is a person.
Library director Tom Halvorsen said the board will decide at its April meeting. "Either way, it will tell you it is a computer program if you ask," he said.
~ Related
~ Library extends Sunday hours through the summer
