site: Norwegian local news site (Fjordposten)
kind: news-article
archive_kind: article
language: nb
note: "a skip link, the paper's name and its section menu, an 'Annonse' marker, the section's name over the headline; the ingress (deck) ends with a full stop; the byline and the 'Publisert'/'Oppdatert' lines under it"
---
~ Hopp til hovedinnhold
~ Fjordposten
~ Nyheter
~ Sport
~ Meninger
~ Kultur
~ Logg inn
~ Kjøp abonnement
~ Annonse
~ Teknologi
= Lærerne ba KI-assistenten være strengere – nå klager elevene
Ved Sandnes videregående har en digital lærehjelp fått beskjed om å slutte med ros. Elevene er ikke fornøyde.
@ Av Ingrid Haugland
~ Publisert 12.03.2025 08:15
~ Oppdatert 12.03.2025 11:40
~ Del
Skolen tok i bruk assistenten i fjor høst, og den ble raskt populær. Problemet var at den roste nesten alt.
– Den sa at hver eneste stil var godt skrevet. Da slutter elevene å lytte, forteller lektor Håkon Berge.
Nå er assistenten stilt inn til å peke på tre svakheter før den sier noe positivt. Flere elever synes den har blitt sur.
Rektor mener endringen er riktig, men lover å evaluere den før sommeren.
~ Les også
~ Bompengene øker fra april
~ Annonse
~ Fjordposten – ansvarlig redaktør Tone Moe
