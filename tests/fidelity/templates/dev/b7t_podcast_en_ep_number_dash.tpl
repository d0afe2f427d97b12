site: "Tea and Tensors (podcast site, episode transcript)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "an episode's transcript page: the show's name and menu, the date with the duration above the title, the title with its episode number and a dash, the player row, 'Show notes' and a timestamp list; speaker labels with times as 'Name (00:00):'"
---
~ Tea and Tensors
~ Episodes   Guests   Transcripts   Merch
~ March 2, 2026 • 48:12
= Ep. 112 — Does a chatbot need a sense of humour?
~ Play episode
~ Download
~ Show notes
~ 00:00 Intro
~ 02:30 Jokes that land
~ 31:10 When humour goes wrong
~ Transcript
@ Hana (00:00):
Welcome to Tea and Tensors. I am Hana, and with me is Tomasz, who once spent a weekend trying to make an assistant tell a good pun.
@ Tomasz (00:12):
It never did. It told forty bad ones, and then apologised for each of them.
@ Hana (00:20):
Which raises today's question. Should a chatbot be funny at all, or is that a feature nobody asked for?
@ Tomasz (00:29):
I think a little humour makes long conversations easier. The trouble is timing. A joke in the middle of bad news is not charming.
~ Subscribe wherever you get your podcasts.
