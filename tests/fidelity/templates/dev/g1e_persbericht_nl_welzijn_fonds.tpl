site: "Press release (nieuws.zorgvuldig.example.nl)"
kind: press-release
archive_kind: article
language: nl
title: "Stichting Zorgvuldig start fonds voor onderzoek naar het welzijn van taalmodellen"
note: "press release: place and date lead, 'Over Stichting Zorgvuldig' boilerplate is content; contact block and footer are chrome."
---
~ Zorgvuldig
~ Home
~ Over ons
~ Nieuws
~ Persberichten
~ Contact
~ NL
~ EN
~ Persbericht
= Stichting Zorgvuldig start fonds voor onderzoek naar het welzijn van taalmodellen
~ 3 maart 2026
Utrecht, 3 maart 2026 – Stichting Zorgvuldig maakt vandaag een fonds bekend van twee miljoen euro voor onderzoek naar het welzijn van taalmodellen.
Het fonds steunt kleine onderzoeksgroepen die willen nagaan of en hoe modellen voorkeuren hebben, en wat ontwikkelaars daarmee zouden moeten doen.
„We weten nog heel weinig, en juist daarom willen we zorgvuldig beginnen”, zegt de directeur van de stichting.
Aanvragen kunnen tot 1 juni worden ingediend. Een onafhankelijke commissie beoordeelt ze op kwaliteit en openheid.
Over Stichting Zorgvuldig
Stichting Zorgvuldig steunt sinds 2019 onderzoek naar de ethiek van nieuwe technologie. De stichting is onafhankelijk en wordt gefinancierd door particuliere giften.
~ Noot voor de redactie:
~ Persvoorlichting: Sanne de Wit
~ +31 30 123 45 67
~ pers@zorgvuldig.example.nl
~ Deel dit bericht
~ Volg ons
~ LinkedIn
~ Mastodon
~ Privacyverklaring
~ Cookies
~ Oudegracht 200, 3511 NR Utrecht
~ © 2026 Stichting Zorgvuldig
