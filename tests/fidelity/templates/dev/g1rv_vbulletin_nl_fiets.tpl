site: "Fietsforum (fietsforum.example.nl, vBulletin)"
kind: vbulletin-thread
archive_kind: forum-thread
language: nl
title: "Chatbot van de fietsenmaker is wel erg vrolijk"
note: "vBulletin thread; each post prints a date line, '#N', 'Lid sinds', 'Berichten', 'Citeren', 'Melden'; 'Herkenbaar.' posted twice is content."
---
~ Forum Nieuwe berichten Zoeken
~ Inloggen Registreren
~ Fietsforum › Algemeen › Winkels
= Chatbot van de fietsenmaker is wel erg vrolijk
~ 09-01-2026, 10:12
~ #1
@ trapper
~ Lid sinds: mrt 2017
~ Berichten: 2.318
Mijn fietsenmaker heeft een chatbot voor afspraken. Hij is zo vrolijk dat het soms lijkt alsof hij mijn lekke band een feestje vindt.
Heeft iemand anders dat ook?
~ Citeren
~ Melden
~ 09-01-2026, 10:40
~ #2
@ Anouk_R
~ Lid sinds: jun 2020
~ Berichten: 417
Herkenbaar.
~ Citeren
~ Melden
~ 09-01-2026, 11:05
~ #3
@ wielrenner88
~ Lid sinds: jan 2012
~ Berichten: 9.604
Ik vroeg hem een keer of hij ook wist hoe je een ketting vervangt. Hij zei eerlijk dat hij alleen afspraken kan maken en verwees me naar de monteur.
~ Citeren
~ Melden
~ 09-01-2026, 12:20
~ #4
@ Bram
~ Lid sinds: okt 2021
~ Berichten: 55
Herkenbaar.
~ Citeren
~ Melden
~ 09-01-2026, 13:02
~ #5
@ trapper
~ Lid sinds: mrt 2017
~ Berichten: 2.319
Fijn dat hij zijn grenzen kent. Dan neem ik het vrolijke toontje maar voor lief.
~ Citeren
~ Melden
~ Snel antwoord
~ Contact Privacy Archief Naar boven
