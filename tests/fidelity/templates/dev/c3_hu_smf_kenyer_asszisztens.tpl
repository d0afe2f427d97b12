site: Hungarian SMF forum (Kenyérsütők Fóruma)
kind: forum-thread
archive_kind: forum-thread
title: Megbízható-e a csevegőrobot a kelesztési időkben?
language: hu
note: 'Simple Machines Forum 2 in Hungarian — menu, breadcrumb, page list with "Fel", previous/next topic links, topic line with reader count, per post the author''s rank, status, post count and the "Válasz #N Dátum:" line, "Idézet" and "Naplózva" under posts, a quote header, print, footer with the SMF copyright'
---
~ Főoldal
~ Súgó
~ Keresés
~ Belépés
~ Regisztráció
~ Kenyérsütők Fóruma » Kovászos kenyér » Asszisztens a konyhában
~ « előző következő »
~ Oldalak: [1]
~ Le
~ Nyomtatás
= Szerző Téma: Megbízható-e a csevegőrobot a kelesztési időkben?  (Megtekintve 412 alkalommal)
@ kovasz_kati
~ Teljes jogú tag
~ Nem elérhető
~ Hozzászólások: 87
~ Megbízható-e a csevegőrobot a kelesztési időkben?
~ « Dátum: 2025. március 4., 19:22:10 »
Megkérdeztem egy mesterséges intelligenciát, mennyi ideig keleszthetem a tésztát a hűtőben. Azt mondta, legfeljebb 12 órát, és nagyon határozottan fogalmazott.
Nálam eddig 36 óra is jól működött. Ki téved?
~ Naplózva
@ molnar_b
~ Globális moderátor
~ Nem elérhető
~ Hozzászólások: 2.311
~ Re: Megbízható-e a csevegőrobot a kelesztési időkben?
~ « Válasz #1 Dátum: 2025. március 4., 20:05:44 »
~ Idézet
~ Idézet: kovasz_kati - 2025. március 4., 19:22:10
Nálam eddig 36 óra is jól működött.
A gép nem téved nagyot, csak óvatos. A legtöbb recept rövidebb időt ír, és ő azokból tanult.
A hideg kelesztés 24–48 óráig is rendben van, ha a liszt erős.
~ Naplózva
@ kovasz_kati
~ Teljes jogú tag
~ Nem elérhető
~ Hozzászólások: 87
~ Re: Megbízható-e a csevegőrobot a kelesztési időkben?
~ « Válasz #2 Dátum: 2025. március 5., 08:15:02 »
Köszönöm!
Akkor maradok a 36 óránál. A válasz ugyanakkor jó lecke volt arról, hogy a magabiztos hang még nem bizonyíték.
~ Naplózva
~ Oldalak: [1]
~ Fel
~ Nyomtatás
~ « előző következő »
~ Ugrás:
~ SMF 2.1.4 © 2023, Simple Machines
~ Adatvédelmi szabályzat
~ XHTML
~ RSS
~ WAP2
