site: Podcast host episode page (Slow Circuits, Transistor-style)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: an episode page - show header and subscribe links, episode number, date and duration, the episode title, a show-notes paragraph (content), the 'Transcript' label, speaker-and-timestamp lines as metadata, two transcript lines saved twice in a row by the scrape and one repeated further down (duplicates), a one-word answer 'Yes.' that must stay, the support box, share links and footer
---
~ Slow Circuits
~ Subscribe: Apple Podcasts Spotify Overcast RSS
~ Episode 48
~ December 2, 2026 · 41:12
= Does a chatbot need a bad day?
Ana and Teo talk about consistency: should an assistant's mood ever change, and what users lose when it never does.
~ Transcript
@ Ana (00:00:04):
Welcome back to Slow Circuits. Today's question came from a listener who says her assistant is "too even," whatever that means.
@ Teo (00:00:15):
I think I know what she means. It never has a bad day, so its good days don't mean much either.
+^
@ Ana (00:00:27):
But would you actually want a tool that's grumpy on Mondays?
@ Teo (00:00:31):
Yes.
@ Ana (00:00:33):
Really?
@ Teo (00:00:35):
A little. Not grumpy, but honest about limits. "I'm not confident about this one" is a kind of mood, and I'd like to hear it more.
+^
@ Ana (00:01:02):
So consistency of character, but not sameness of every answer.
@ Teo (00:01:08):
Exactly. Same values, different weather.
+ I think I know what she means. It never has a bad day, so its good days don't mean much either.
~ Support the show: slowcircuits.example/support
~ Share: Copy link · Embed · Download MP3
~ © 2026 Slow Circuits · Hosted on Transistor
