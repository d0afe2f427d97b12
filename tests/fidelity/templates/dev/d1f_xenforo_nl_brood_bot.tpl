site: "Bakforum (XenForo, nl)"
kind: forum-thread
archive_kind: forum-thread
language: nl
title: "De broodbot in mijn oven zegt alles twee keer"
note: "a XenForo 2 thread in Dutch: the menu, the crumbs, the 'Discussie gestart door … Startdatum' line, each post's author (metadata) with the user title, the 'Lid sinds / Berichten / Reactiescore / Locatie' card, the post's date and number, the quote header ('… zei:', 'Klik om uit te vouwen...') with the quote as content, the reactions line, the 'Laatst bewerkt' note, the reply buttons, the pager and the 'Je moet ingelogd zijn' notice; a post that begins with 'Locatie' in a sentence stays"
---
~ Forums
~ Nieuwe berichten
~ Zoeken in forums
~ Inloggen
~ Registreren
~ Forums
~ Brood en deeg
~ Apparaten
= De broodbot in mijn oven zegt alles twee keer
~ Discussie gestart door deegkneder
~ Startdatum 1 dec 2026
@ deegkneder
~ Nieuw lid
~ Lid sinds
~ 12 sep 2026
~ Berichten
~ 9
~ Reactiescore
~ 2
~ 1 dec 2026
~ #1
Mijn nieuwe oven heeft een assistent die meekijkt bij het rijzen. Elke opmerking zegt hij twee keer, één keer vriendelijk en één keer streng.
Heeft iemand dit ook?
@ roggebol
~ Bekend lid
~ Lid sinds
~ 3 feb 2019
~ Berichten
~ 1.482
~ Reactiescore
~ 611
~ Locatie
~ Zwolle
~ 1 dec 2026
~ #2
~ deegkneder zei:
Elke opmerking zegt hij twee keer, één keer vriendelijk en één keer streng.
~ Klik om uit te vouwen...
Dat zijn twee persoonlijkheden die tegelijk aan staan. Kies er in het menu één, dan is het over.
Locatie van dat menu: onder het tandwiel, helemaal onderaan.
~ Laatst bewerkt: 1 dec 2026
~ deegkneder, bakker_bram en 3 anderen
@ deegkneder
~ 2 dec 2026
~ #3
Het werkt. Hij is nu alleen nog vriendelijk, en het brood is net zo goed.
~ roggebol
~ Reageren
~ Citeren
~ Je moet ingelogd zijn om hier te reageren.
~ Inloggen
~ Registreren
~ Delen:
~ Facebook X Bluesky Reddit Pinterest Tumblr WhatsApp E-mail Link
~ Forums
~ Brood en deeg
~ Apparaten
