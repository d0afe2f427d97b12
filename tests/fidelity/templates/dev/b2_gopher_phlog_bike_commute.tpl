site: "Gopher phlog (gopher://sdf-like.example)"
kind: "gopher-phlog"
archive_kind: "blog-post"
language: "en"
note: "Gopher phlog entry via web proxy; ASCII rules and menu items are chrome; title in capitals after the rule; a plain-text table line is content."
---
~ Gopher proxy — gopher://sdf-like.example/0/users/kettlebell/phlog/2026-03-01.txt
~ ---------------------------------------------------------
= WINTER COMMUTE LOG, WEEK 9
~ ---------------------------------------------------------
Nine weeks of riding to work through the winter and I have not missed a day yet.
This week was mostly sleet, which is worse than snow because it gets into everything.
day  km   temp  notes
mon  14   -2    ice on the canal path
tue  14    1    sleet, chain squeaking
wed  14    3    dry at last
I replaced the chain on Wednesday evening, which cured the squeak.
My daughter set up a little voice assistant to read me the weather each morning.
It has a very cheerful personality, which is almost offensive at six in the morning in sleet.
She says she can make it grumpier, and I am seriously considering it.
thu  14    0    fog, lights on all day
fri  0     -    worked from home, no ride
Friday doesn't count as a missed day because I didn't go to the office at all.
That's my rule and I'm sticking to it.
Next week: studded tyres or not?
If anyone on the pubnix has an opinion, finger me or leave a note in the guestbook.
~ [0] guestbook.txt
~ ---------------------------------------------------------
~ [1] Back to phlog index
~ [1] Home
~ Served by gophernicus on the proxy
