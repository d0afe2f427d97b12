site: "SMF forum (kertbarat.example.hu)"
kind: smf-thread
archive_kind: forum-thread
language: hu
title: "Kerti tanácsadó chatbot: kinek mi a tapasztalata?"
note: "SMF layout; the \"Téma: … (Olvasva 1532 alkalommal)\" line is the title line; short list items and a line of numbers are content."
---
~ Kertbarát Fórum
~ Üdvözlünk, Vendég. Kérjük jelentkezz be vagy regisztrálj.
~ Kezdőlap Súgó Keresés Belépés Regisztráció
~ Kertbarát Fórum » Zöldségeskert » Eszközök és segítségek » Kerti tanácsadó chatbot: kinek mi a tapasztalata?
~ « előző következő »
~ Oldalak: [1] Le
= Téma: Kerti tanácsadó chatbot: kinek mi a tapasztalata? (Olvasva 1532 alkalommal)
~ 0 Felhasználó és 2 vendég van a témában.
@ fehérrépa
~ « Dátum: 2026. Február 08, 10:14:33 »
Tavasszal egy chatbotot kérdeztem arról, mikor vessem a paradicsomot. Meglepően óvatos volt, folyton azt kérdezte, milyen a talaj és hol lakom.
Nektek mi a tapasztalatotok? Megbízható, vagy csak kedvesen beszél?
~ Naplózva
@ Öreg Kertész
~ Hozzászólások: 2 803
~ « Válasz #1 Dátum: 2026. Február 08, 12:40:02 »
Én ezt a listát kaptam tőle, és szerintem jó:
paprika: március vége
paradicsom: április eleje
uborka: május közepe
A kedvessége néha sok, de legalább nem állítja, hogy mindent tud.
~ Naplózva
~ „A kertben a türelem a legjobb trágya.”
@ fehérrépa
~ « Válasz #2 Dátum: 2026. Február 09, 07:55:19 »
Köszönöm! Tavaly ezek voltak a terméseim kilóban:
12 8 3
Idén remélem, több lesz.
~ Naplózva
~ Oldalak: [1] Fel
~ « előző következő »
~ SMF 2.1 © 2026, Simple Machines
