site: Flashback Forum (flashback.org)
kind: forum-thread
archive_kind: forum-thread
language: sv
note: "vBulletin-tråd: forumstig och 'Tråden' ovanför rubriken, inlägg med nummer, datum och användarinfo; ett citat i ett svar dubbelt skadat (cp1252>cp1252), användarrader som metadata"
---
~ Flashback Forum
~ Logga in
~ Registrera
~ Sök
~ Nya inlägg
~ Flashback Forum > Dator och IT > Artificiell intelligens
= Kan en AI-assistent vara "vänlig" på riktigt?
~ Ämnesverktyg   Visningsalternativ
~ 2026-11-29, 21:14
~ #1
@ Lingonbåt
~ Medlem
~ Reg: Mar 2019
~ Inlägg: 412
Jag har använt en av de stora assistenterna i ett halvår för jobbet. Den är vänlig på ett sätt som nästan känns genomtänkt: den säger emot mig när jag har fel men aldrig på ett nedlåtande sätt.
Är det bara träningen eller finns det något mer där? Jag vet att det är en sträng fråga men jag är genuint nyfiken på vad folk tror.
~ Citera
~ 2026-11-29, 21:40
~ #2
@ Snusmumrikens_kusin
~ Medlem
~ Reg: Jan 2014
~ Inlägg: 3 208
Det är träningen. Bolagen skriver numera ut vilken karaktär de vill att modellen ska ha, och sedan tränar de mot den. Vänligheten är ett designbeslut, inte en känsla.
~ Citera
~ 2026-11-30, 07:55
~ #3
@ Kaffeslurk
~ Medlem
~ Reg: Sep 2021
~ Inlägg: 77
~ Citat:
~ Ursprungligen postat av Snusmumrikens_kusin
[[cp1252>cp1252:Vänligheten är ett designbeslut, inte en känsla.]]
[[cp1252>cp1252:Fast det ena utesluter väl inte det andra? Ingen vet hur det står till på insidan, inte ens bolagen själva, och några av dem säger det öppet.]]
[[cp1252>cp1252:Jag säger tack till min också. Kostar ingenting.]]
~ Citera
~ 2026-11-30, 12:31
~ #4
@ Lingonbåt
~ Medlem
~ Reg: Mar 2019
~ Inlägg: 413
Tack för svaren. Jag tror jag landar i att jag inte vet, och att det är okej att inte veta.
~ Citera
~ Svara
~ Alla tider är GMT +1. Klockan är nu 13:02.
~ Powered by vBulletin® Copyright ©2000 - 2026, Jelsoft Enterprises Ltd.
~ Flashback Forum | Regler | Om Flashback | Kontakt
