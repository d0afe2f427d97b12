site: "Discourse-forum (forum.example.se)"
kind: discourse-thread
archive_kind: forum-thread
language: sv
title: "Röstassistent i bigården som svarar för långt"
note: "Swedish Discourse thread; likes per post; the suggested topics table at the end prints one cell a line."
---
~ Hoppa till huvudinnehållet
~ Registrera dig Logga in
= Röstassistent i bigården som svarar för långt
~ Utrustning
@ erik_biodlare
~ feb 2026
Jag använder en röstassistent när jag går igenom kuporna, men den svarar med långa stycken när jag bara vill ha ett ja eller nej.
~ 3 gillningar
@ maja.h
~ feb 2026
Skriv i beskrivningen att den ska svara med en mening om du inte ber om mer. Det hjälpte hos oss.
~ 5 gillningar
@ erik_biodlare
~ feb 2026
Tack, det fungerade redan första dagen.
~ 2 gillningar
@ lasse_p
~ feb 2026
Bra tips. Jag lade dessutom till att den ska vara tyst när jag säger paus.
~ 1 gillning
~ Föreslagna ämnen
~ Ämne
~ Svar
~ Visningar
~ Aktivitet
~ Hur artig ska en chattbot vara mot kunder?
~ Allmänt
~ 9
~ 210
~ jan 2026
~ Surdegsbröd och assistenten som glömmer mängderna
~ Bakning
~ 6
~ 144
~ dec 2025
~ Cykelservice med chattbot, någon erfarenhet?
~ Cyklar
~ 3
~ 77
~ nov 2025
~ Drivs av Discourse
