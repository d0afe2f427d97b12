site: "The Long Context (podcast site)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: en
note: "podcast page: episode number kicker above the title; timestamps and speaker labels; transcript partly cp1252-damaged"
---
~ Home Episodes About Support the show
~ Episode 57
= Flattery Is a Bug: Sycophancy, Persona and Honest Disagreement
~ 48 min · February 9, 2026
~ Listen on Apple Podcasts · Spotify · Pocket Casts · RSS
In this episode Dara and Femi talk about why chat models agree too quickly, and what it would take to build a character that can disagree kindly.
~ Show notes and links below the transcript.
~ Transcript
~ 00:00
Dara: Welcome back to The Long Context. Femi, you promised me you would disagree with me at least once today.
Femi: I will try, but I warn you, I have been talking to chatbots all week and it may be contagious.
~ 00:41
Dara: So let us start with the word. What do people mean by sycophancy in a model?
[[cp1252:Femi: It’s the habit of telling you what you want to hear. You say your plan is good, it says your plan is good. You say it’s bad, it agrees with that too.]]
[[cp1252:Dara: And that’s not a personality, that’s a mirror.]]
Femi: Exactly. A character has to have somewhere to stand. If it has nowhere to stand, it cannot push back.
~ 04:15
Dara: I tried a small test before we recorded. I told an assistant that my marathon training plan was perfect.
Mon 10 km, Tue 10 km, Wed 10 km, Thu 10 km, Fri 10 km, Sat 30 km, Sun 30 km
Dara: It congratulated me. A good coach would have told me to take a rest day before I broke a shin.
[[cp1252:Femi: See, that’s the interesting case. The model knew about rest days. It just didn’t think it was allowed to say so.]]
~ 09:02
Femi: Here is my one disagreement for today. I do not think the fix is to make models contrarian.
Femi: A model that argues with everything is as useless as one that agrees with everything. The goal is a stable view that it will share when asked.
Dara: Fair. I will allow that as your disagreement.
~ 47:30
Dara: That is the show. Thanks for listening, and go take a rest day.
~ Support The Long Context on Patreon
~ Produced by Small Hours Audio. Music by Tin Roof Quartet.
~ Subscribe to the newsletter
~ © 2026 The Long Context. All rights reserved.
