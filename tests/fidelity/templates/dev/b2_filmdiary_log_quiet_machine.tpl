site: "Filmdiary (filmdiary.example)"
kind: "film-log"
archive_kind: "blog-post"
language: "en"
note: "Letterboxd-like diary entry; title line is the log heading; likes and comment furniture; a one-word reply 'Agreed.' is content."
---
~ Filmdiary
~ Sign in  Create account  Films  Lists  Members  Journal
~ Search
= ‘The Quiet Machine’ (2025), reviewed by juniper_reel
@ juniper_reel
~ Watched 28 Feb 2026 ★★★½ ♥
~ Rewatch
I went in expecting a thriller and got a slow chamber film about a household assistant that learns to keep a family's secrets.
The assistant never raises its voice, and the director lets long silences do the work.
What I liked most was how its personality stayed consistent even when the family kept asking it to be someone else.
The final scene in the greenhouse is beautiful, all green light and rain on glass.
Half a star off because the subplot with the neighbour goes nowhere.
~ 214 likes
~ Like review
~ 6 comments
@ ostrich_cinema
~ 1d
Agreed.
~ Report
@ marnie_watches
~ 1d
The greenhouse scene made me want to repot all my tomatoes.
~ Report
@ juniper_reel
~ 1d
Honestly the tomatoes are the second best performance in the film.
~ Report
@ lindqvist_r
~ 22h
I found the assistant a bit too saintly, but the sound design carried it for me.
~ Report
~ Show all comments
~ Also in juniper_reel's diary
~ Popular reviews of The Quiet Machine
~ Filmdiary is made by film lovers. About · Pro · Help · Terms · Privacy
