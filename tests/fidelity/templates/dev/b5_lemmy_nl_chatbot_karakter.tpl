site: Lemmy (lemmy.nl.example)
kind: lemmy-thread
archive_kind: forum-thread
language: nl
---
~ lemmy.nl.example
~ Communities
~ Maken
~ Zoeken
~ Inloggen
~ Aanmelden
= Mijn chatbot weigert grapjes over mijn fiets te maken en ik vind het eigenlijk wel netjes
~ !techpraat@lemmy.nl.example
@ ingestuurd 2 dagen geleden door fietsmaarten
~ 87
Ik vroeg de assistent om een gemene grap over mijn roestige fiets, voor de verjaardag van mijn zus (die de fiets aan mij verkocht). Hij maakte wel een grap, maar eentje die vooral over de fiets ging en niet over mijn zus.
Toen ik om iets gemeners vroeg, zei hij vriendelijk dat hij liever iets grappigs maakte dat ze zelf ook leuk zou vinden. Eerst was ik geïrriteerd, daarna vond ik het eigenlijk attent.
~ 14 reacties
~ delen
~ bewaren
~ rapporteren
~ Sorteren: Top
@ sanne_v
~ 41
~ 2 dagen geleden
Dat is precies het karakter dat ze ervoor schrijven: behulpzaam, maar niet ten koste van iemand die er niet bij is.
~ antwoorden
@ fietsmaarten
~ 12
~ 2 dagen geleden
Dat wist ik niet, dat daar echt over nagedacht wordt. Dacht dat het gewoon een filter was.
~ antwoorden
@ pjotr
~ 18
~ 2 dagen geleden
Het is allebei een beetje. Er zijn harde grenzen, maar dit soort keuzes komt meer uit de "persoonlijkheid" die ze trainen.
Wat me opvalt: hij legt het ook uit in plaats van alleen nee te zeggen.
~ antwoorden
@ kaasschaaf
~ 3
~ 1 dag geleden
Mijn ervaring: als je zegt dat je zus er zelf om gevraagd heeft, gaat hij wel wat verder. Maar niet veel.
~ antwoorden
@ sanne_v
~ 7
~ 1 dag geleden
> niet ten koste van iemand die er niet bij is
Ik denk dat dit de regel is die de meeste mensen zelf ook zouden moeten volgen eerlijk gezegd 😅
~ antwoorden
@ oudeHollander
~ 2
~ 1 dag geleden
Wat was de grap?
@ fietsmaarten
~ 9
~ 22 uur geleden
"Deze fiets heeft meer karakter dan ik: hij piept bij elke tegenslag." Mijn zus vond hem goed.
~ antwoorden
~ Laat meer reacties zien
+ Wat was de grap?
~ Moderators
~ Lemmy v0.19.5 · Privacybeleid · Voorwaarden · Code
