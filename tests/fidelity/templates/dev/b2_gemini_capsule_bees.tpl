site: "Gemini capsule via HTTP proxy (hivelog)"
kind: "gemini-page"
archive_kind: "blog-post"
language: "en"
title: "The quiet hive"
note: "Gemini gemlog seen through an HTTP proxy: proxy banner and link lines chrome; the '# ' heading is the title; a '> ' quote and '* ' list are content."
---
~ Proxied content from gemini://hivelog.example/2026-02-22-quiet-hive.gmi
~ Gemini request details: Original URL · Status code 20 text/gemini · Proxied by gemproxy
~ Be advised that no attempt was made to verify the remote SSL certificate.
= # The quiet hive
~ ## 2026-02-22
~ Tags: bees, winter, hive-notes
The bees have been very quiet this winter, and I keep pressing my ear to the side of the hive.
A low hum means they are clustered and alive, which is all you can ask for in February.
I asked a chatbot how often I should check on them, and its answer was sensible but oddly tender:
> Checking too often can disturb the cluster; once a week is plenty, and the bees will forgive your curiosity.
I don't know whether the bees forgive anything, but I liked the sentiment.
It is a strange thing to be comforted by a program about insects, but February is long.
Things I did this week:
* hefted the hive to guess the stores
* cleared dead bees from the entrance
* ordered a new queen excluder
Spring is about six weeks away here.
Last year the first willow catkins opened in the second week of March, and the bees were out the same afternoon.
If the weather holds I will do a proper inspection then, frames out and all.
Until then it's just the ear against the wood and a small hope.
~ => gemini://hivelog.example/2026-02-15-candy-boards.gmi Previous: candy boards
~ => gemini://hivelog.example/2026-03-01-first-flight.gmi Next: first flight
~ => gemini://hivelog.example/ Back to the gemlog
~ => gemini://hivelog.example/atom.xml Atom feed
~ Proxied content from gemini://hivelog.example/2026-02-22-quiet-hive.gmi
~ gemproxy · About this proxy · Report a problem
