site: "Werkplek.nl vacaturebank"
kind: job-post
archive_kind: other
language: nl
note: "Dutch job post; title after breadcrumbs, employer line and a facts row below it are chrome; short requirement lists are content; one scrape duplicate."
---
~ Werkplek.nl
~ Vacatures
~ Bedrijven
~ Salariskompas
~ Inloggen
~ Vacature plaatsen
~ Home › Vacatures › ICT › Utrecht
= Conversatieontwerper AI-assistent (32–36 uur)
~ Tulpstad Zorgverzekeringen · Utrecht
~ € 4.100 – € 5.300 per maand · Hbo/wo · Vast contract
~ Geplaatst 3 dagen geleden
~ Solliciteer nu
~ Vacature opslaan
Wat ga je doen?
Je bepaalt hoe onze digitale assistent klinkt als klanten vragen hebben over declaraties, vergoedingen of een ziekenhuisopname.
Je schrijft het karakter van de assistent uit, test het met echte klantgesprekken en zorgt dat hij eerlijk blijft als hij iets niet weet.
Je werkt samen met juristen, klantenservice en het team dat de evaluaties bouwt.
Wie ben jij?
- ervaring met conversatieontwerp of UX-schrijven
- gevoel voor toon in moeilijke gesprekken
- nieuwsgierig naar hoe taalmodellen zich gedragen
Wat bieden wij?
- 27 vakantiedagen
- een fietsplan en een NS-business card
- elke vrijdagmiddag tijd voor eigen onderzoek
Goed om te weten: wij vragen geen motivatiebrief, wel een korte schrijfopdracht van maximaal één pagina.
+^
~ Solliciteer nu
~ Deel deze vacature
~ Vergelijkbare vacatures
~ UX-schrijver chatbot · Amsterdam
~ Productowner klantcontact · Zwolle
~ Ontvang vacatures zoals deze in je mail
~ Cookie-instellingen
~ © 2025 Werkplek.nl · Privacy · Voorwaarden
