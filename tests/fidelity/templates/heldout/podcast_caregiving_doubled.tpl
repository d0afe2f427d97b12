site: podcast transcript mirror (Caring Tech Podcast)
kind: podcast-transcript
language: en
note: the mirror printed each turn twice
---
~ Caring Tech Podcast
~ All episodes
~ Subscribe
= Ep. 19: Robots, loneliness and the people who look after our parents
+^
~ September 9, 2024
~ 44 min
~ Play
HOST: My guest today coordinates home care for older people and has been trialling a conversational companion device. Welcome.
+^
GUEST: Thank you. I should say I started out very sceptical.
+^
HOST: What changed your mind, if anything did?
+^
GUEST: It was not the technology. It was one client who told me she talked to it about her late husband because she did not want to burden her daughter. That made me realise it was filling a gap, not replacing anyone.
+^
HOST: Does that worry you at all?
+^
GUEST: Yes. The gap should not be there. A device that fills it well can make it easier for everyone to stop noticing it.
+^
~ Share this episode
~ Transcript generated automatically
