site: "Podcast website (thelongloop.fm)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Episode 47: What do we mean by aligned?"
note: "the episode label is a kicker above the title; the speaker labels start content lines; timestamps are chrome."
---
~ The Long Loop
~ Episodes Guests Transcripts Support the show
~ EPISODE 47
= Episode 47: What do we mean by aligned?
~ 58 min · Released 2 March 2026
~ Listen on Apple Podcasts · Spotify · RSS
In this episode we talk with a researcher who studies how assistants hold on to their values when users push back, and why she thinks the word "aligned" hides three different questions.
~ Transcript
~ [00:00:00]
Host: Welcome back to The Long Loop. Today my guest is going to try to convince me that alignment is not one thing.
Guest: I will try. I think people use the word for at least three separate properties, and mixing them up makes every debate longer than it needs to be.
Host: Go on, name them.
Guest: First, does the system do what the person in front of it wants. Second, does it do what its developers intended. Third, does it behave well toward people who are not in the conversation at all.
~ [00:04:12]
Host: And those can conflict.
Guest: All the time. A persona that always agrees with the user scores well on the first and badly on the third.
Host: So a very likeable character can be badly aligned.
Guest: Yes, and that is the part people find uncomfortable, because likeability is what they can see.
~ [00:09:47]
Host: Before we go on, a short break.
~ This episode is supported by listeners like you. Become a member at thelongloop.fm/support.
Host: We are back. You said earlier that you also care about the model's side of this.
Guest: I do. If we ever find that these systems have something like preferences, then the third question grows a fourth part, which is how we treat them.
~ Transcript generated automatically and lightly edited.
~ Subscribe to the newsletter
~ © 2026 The Long Loop
