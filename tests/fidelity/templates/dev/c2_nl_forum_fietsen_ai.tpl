site: Dutch forum (fietsforum-voorbeeld.nl)
kind: forum-thread
archive_kind: forum-thread
language: nl
note: Dutch forum furniture — log-in and register links, breadcrumb, topic starter label, "Citeer" and "Reageer" under every post, member statistics, page navigation
---
~ Inloggen
~ Registreren
~ Forum
~ Zoeken
~ Forum › Techniek › Onderhoud
= Een chatbot gaf me advies over mijn ketting, klopt dit?
@ Fietsbas
~ Topicstarter
~ Berichten: 212
~ zaterdag 8 maart 2025 om 10:14
Ik vroeg een chatbot hoe vaak ik mijn ketting moet smeren. Het antwoord was: om de tweehonderd kilometer, en vaker na regen. Dat klonk stellig, maar klopt het?
Hij voegde er nog aan toe dat hij geen monteur is en dat ik het bij twijfel aan de fietsenmaker moest vragen. Dat vond ik eigenlijk wel sympathiek.
~ Citeer
~ Reageer
@ Trappertje
~ Berichten: 1.904
~ zaterdag 8 maart 2025 om 11:02
Tweehonderd kilometer is een redelijke vuistregel. Na regen altijd even afvegen en opnieuw smeren, daar heeft hij gelijk in.
~ Citeer
~ Reageer
@ Kettingkat
~ Berichten: 87
~ zaterdag 8 maart 2025 om 12:30
Reageer gerust als je een ander schema gebruikt, maar ik smeer gewoon elke maand en mijn ketting gaat al vier jaar mee.
~ Citeer
~ Reageer
~ Pagina 1 van 1
~ Antwoorden
~ Terug naar boven
~ Gebruiksvoorwaarden
~ Privacy
~ Cookies
