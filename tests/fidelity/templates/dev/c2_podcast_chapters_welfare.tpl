site: Podcast website (fieldnotes-podcast.example, Podpage-style)
kind: podcast-transcript
archive_kind: other
language: en
note: the episode page lists subscribe buttons, a player, chapter markers with their time codes (a table of contents), then the transcript with speaker names; the sponsor read is marked in the transcript
---
~ Skip to content
~ Field Notes on Minds
~ Episodes
~ About
~ Contact
~ Subscribe
= Episode 48: What would it mean to look after a model?
~ March 20, 2025
~ 52 min
~ Listen on Apple Podcasts
~ Listen on Spotify
~ RSS
~ Download MP3
~ Play
~ Speed 1x
~ 00:00:00 / 00:52:13
This week we talk with a researcher who studies model welfare, about what evidence would change her mind and why she keeps a list of questions she cannot yet answer.
~ Chapters
~ 00:00 Introduction
~ 02:40 How she got into this
~ 11:05 What counts as evidence
~ 27:30 The list of open questions
~ 45:10 Listener mail
~ Transcript
@ Host:
Welcome back. Before we start, a quick note that this episode is long, so get a cup of tea.
@ Guest:
Happy to be here. And I did bring tea.
~ [Sponsor break]
~ This episode is supported by Kettle & Leaf, loose tea delivered monthly. Use code FIELD for ten percent off.
~ [End of sponsor break]
@ Host:
So what counts as evidence, for you, that a system has anything like preferences?
@ Guest:
Consistency under pressure is where I start. If a model says it prefers one kind of task, and keeps saying so when asked in ten different ways, that is at least worth writing down.
It is not proof of anything. It is a reason to keep looking, carefully, and to be honest about what we do not know.
~ Share this episode
~ Copy link
~ Support the show
~ Previous episode
~ Next episode
~ © 2025 Field Notes on Minds
~ Powered by Podpage
