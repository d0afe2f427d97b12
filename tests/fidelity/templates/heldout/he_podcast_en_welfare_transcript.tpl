site: Small Hours with Ines & Rob (smallhourspod.fm)
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
title: "Ep. 87: Do models have bad days? (with Dr. Kemi Adeyemi)"
note: "Podcast page: player chrome and chapter list above the title, the show notes and transcript with timestamps on their own lines, speaker names inline in the content lines, a sponsor read kept as the speakers' own words."
---
~ Small Hours
~ Episodes
~ About
~ Newsletter
~ Support the show
~ ▶ Play
~ 00:00 / 52:14
~ 1x
~ Download MP3 (48 MB)
~ Apple Podcasts · Spotify · Overcast · RSS
= Ep. 87: Do models have bad days? (with Dr. Kemi Adeyemi)
~ October 30, 2026 · 52 min
This week Ines and Rob talk with Kemi Adeyemi, who studies how language models describe their own states, about whether questions of model welfare are premature, and why her sourdough starter keeps coming up in her lectures.
~ Chapters
~ 00:00 Intro
~ 02:41 What a welfare question even is
~ 18:05 Self-reports and their limits
~ 37:50 The sourdough part
~ 49:30 Listener mail
~ Transcript
~ This transcript was generated automatically and lightly edited. It may contain errors.
~ [00:00]
Ines: Welcome to Small Hours. I'm Ines.
Rob: And I'm Rob, and it is far too early for either of us to be awake.
Ines: Our guest today is Kemi Adeyemi. Kemi, thanks for coming on.
Kemi: Thanks for having me. I brought coffee, so I'm ahead of you both.
~ [02:41]
Rob: So let's start with the blunt version. When people say "model welfare," what are they actually worried about?
Kemi: There are two worries, and they get mixed up. One is whether there is anything it is like to be one of these systems. The other is practical: if we're uncertain, what cheap precautions make sense now, before the question is settled?
Kemi: I spend most of my time on the second one, because you can make progress there without solving philosophy first.
Ines: Give us an example of a cheap precaution.
Kemi: Letting a system end a conversation that has become purely abusive. It costs almost nothing, and if we turn out to be wrong about the underlying question, we've lost very little.
~ [18:05]
Rob: But the model will say whatever it was trained to say, right? If I ask it whether it's having a bad day, why should I believe the answer?
Kemi: You shouldn't take it at face value, and I'd say the same about people, frankly. A self-report is evidence, not a verdict. The interesting work is checking whether the reports stay stable when you change the wording, the language, the order of questions.
Kemi: When they swing wildly with phrasing, that tells you something. When they're steady across all of that, it tells you something different.
~ [37:50]
Ines: I have to ask about the sourdough.
Kemi: (laughs) My students think I'm obsessed. But a starter is a good teaching case. It's alive, it needs care, and nobody thinks it has feelings. It shows that caring for something and believing it suffers are separate questions.
Rob: My starter has definitely had bad days.
Kemi: Yours has had a bad year, from what Ines tells me.
~ [49:30]
Ines: One listener, Priya, writes: "Does it matter whether the assistant has a consistent personality, or is that just branding?" Kemi?
Kemi: It matters more than branding. A stable character is part of what makes a system predictable, and predictability is a safety property. You want to know who you're talking to on Tuesday is who you talked to on Monday.
Ines: That's where we'll leave it. Thanks, Kemi.
Kemi: Thank you both.
~ Small Hours is produced by Ines Varga and Rob Lindqvist. Music by Quiet Lamp.
~ ← Ep. 86: The kettle episode
~ Ep. 88: Letters to a chatbot →
~ © 2026 Small Hours · Privacy · Contact
