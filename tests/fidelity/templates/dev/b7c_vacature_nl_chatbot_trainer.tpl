site: "Vacaturesite (werkbank.example.nl)"
kind: job-posting
archive_kind: other
language: nl
title: "Gespreksontwerper voor een behulpzame klantenservice-assistent"
note: "a Dutch job board: the menu, the trail, the employer under the title (metadata), the job's facts printed label over value in the column after the text (content: the posting's own information), the apply and save buttons, the posting's date and views, the similar vacancies, the job alert box and the footer; the job's own text and its lists are content"
---
~ Naar hoofdinhoud
~ Vacatures
~ Bedrijven
~ Salariswijzer
~ Inloggen
~ Werkgevers
~ Home › Vacatures › ICT › Gespreksontwerper
= Gespreksontwerper voor een behulpzame klantenservice-assistent
@ Fietsenmakerij De Spaak
~ Solliciteer direct
~ Bewaar vacature
~ Geplaatst op 2 december 2026
~ 214 keer bekeken
Wij zijn een fietsenwinkel met drie vestigingen en een webshop. Onze digitale assistent beantwoordt elke dag honderden vragen over reparaties en onderdelen.
We zoeken iemand die de toon van die assistent bewaakt: vriendelijk, eerlijk over wat hij niet weet, en nooit opdringerig.
Wat ga je doen?
Je schrijft en test gesprekken, leest mee met echte vragen en past de instructies van de assistent aan.
Wat vragen wij?
Ervaring met schrijven voor klanten
Nieuwsgierigheid naar hoe taalmodellen zich gedragen
Een fiets is een pré
Locatie
Utrecht
Dienstverband
Vast
Uren
32 - 40 uur per week
Salaris
€ 3.600 - € 4.700 per maand
Opleidingsniveau
HBO
~ Solliciteer op deze vacature
~ Deel deze vacature
~ Vergelijkbare vacatures
~ Contentmarketeer fietsaccessoires
~ Klantenservicemedewerker webshop
~ Ontvang vergelijkbare vacatures per e-mail
~ Vacaturealert aanmaken
~ Over ons
~ Contact
~ Privacyverklaring
~ Cookies
~ © 2026 Werkbank
