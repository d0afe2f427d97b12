site: Independent podcast site (thekettlehour.example), Captivate-style episode page
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "an English podcast episode page: show name, episode and season label, the player and its speed row, the 'Listen on' row, the show notes (content) with the guest line, chapters with time codes, links, the sponsor read in the transcript, the transcript tools (search, download, auto-generated notice), speaker labels with time codes (metadata), the previous/next pager with titles, the 'More episodes' list"
---
~ The Kettle Hour
~ Episodes   Guests   Newsletter   Support us
~ Season 3 · Episode 14
= Can a chatbot be shy? Temperament, tone and the default voice
~ Dec 3, 2026
~ 47:58
~ Play episode
~ 0:00 / 47:58
~ 1x   1.5x   2x
~ Listen on:
~ Apple Podcasts
~ Spotify
~ Overcast
~ Pocket Casts
~ RSS feed
~ Show notes
Why do some assistants sound eager and others sound careful? Mara asks a linguist who studies politeness what we are hearing when a model hedges, apologises or goes quiet.
~ Guest: Dr Tomasz Wren, linguist
~ Chapters
~ 00:00 Cold open
~ 01:12 What is a default voice?
~ 09:40 Hedging versus honesty
~ 22:05 The apologising problem
~ 38:30 Listener questions
~ Links mentioned
~ Tomasz's blog on politeness markers
~ Our episode on sycophancy
~ Transcript
~ Search transcript
~ Download transcript (.txt)
~ Transcripts are generated automatically and may contain mistakes.
@ Mara Quinn (00:00:04)
Welcome to The Kettle Hour. I'm Mara, and today's question came from a listener who says her assistant seems shy.
@ Tomasz Wren (00:00:15)
I love that word for it. Shy is a very human reading of something that is probably a design choice.
~ This episode is brought to you by Loamwork, the garden planner that remembers what you planted last year. Go to loamwork.example/kettle for a free month.
@ Mara Quinn (00:01:12)
So what is a default voice, when we talk about a model?
@ Tomasz Wren (00:01:20)
It is the tone you get when nobody has asked for anything else. Calm, a little formal, quick to say sorry. People notice the sorry first.
@ Mara Quinn (00:09:40)
And is hedging the same as being honest about uncertainty?
@ Tomasz Wren (00:09:48)
Not always. A hedge can be honest, or it can be a habit. The useful test is whether the hedge changes when the evidence changes.
~ Previous episode
~ Bread, bots and the art of saying no
~ Next episode
~ Do assistants need a sense of humour?
~ More episodes
~ Ep. 13: What the model remembers
~ Ep. 12: A quiet week with a noisy robot
~ Ep. 11: Tea with an alignment researcher
~ © 2026 The Kettle Hour · Hosted by Captivate
