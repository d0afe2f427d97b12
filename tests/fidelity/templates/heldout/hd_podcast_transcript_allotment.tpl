site: "Slow Circuits podcast (slowcircuits.fm)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "Podcast episode page; episode number kicker then title; player and platform links are chrome; speaker-labelled lines and a timestamp-led line are content."
---
~ Slow Circuits
~ Episodes
~ Guests
~ Support the show
~ Episode 58
= The allotment and the algorithm: welfare, tools and tomatoes
~ 0:00 / 52:14
~ Play
~ 1x
~ Apple Podcasts · Spotify · Pocket Casts · RSS
~ Published 4 May 2025
~ Transcript
ROB: Welcome back. Today I am talking to Dana Whitlock, who runs a community garden and also sits on an ethics board for a company that builds chat assistants.
DANA: Thanks for having me. People always laugh when I say those two jobs feel similar, but they really do.
ROB: Go on then. Why do they feel similar?
DANA: In both cases you are looking after something whose inner life you can only guess at. With a bean plant the guessing is easy. With a language model the honest answer is that nobody knows yet.
ROB: So what does the ethics board actually ask for?
DANA: Mostly boring things. Keep records of how the assistant is trained to talk about itself. Do not train it to claim feelings for marketing. Do not train it to deny them flatly either.
[12:40] ROB: That last one surprised me when I read your notes.
DANA: It surprises most people. A flat denial is a claim too, and we do not have the evidence to make it confidently.
ROB: And the garden?
DANA: The garden is where I go to be around living things that definitely do not want to talk about any of this.
ROB: That feels like a good place to stop. Dana, thank you.
DANA: Thank you, Rob.
~ Show notes
~ Dana's community garden newsletter
~ Our earlier episode on assistant self-reports
~ Transcripts are edited for readability.
~ Support Slow Circuits on Patreon
~ © 2025 Slow Circuits · Privacy
