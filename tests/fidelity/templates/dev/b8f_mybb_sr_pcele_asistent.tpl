site: "Pčelarski forum (MyBB, sr Latin)"
kind: forum-thread
archive_kind: forum-thread
language: sr
title: "Asistent za pčelare odgovara kao deda iz sela"
note: "a MyBB forum in Serbian Latin script: the menu, crumbs and thread tools, each post's date and number, the author (metadata) with rank, post count, topic count, join date and reputation, the edit note, the post's buttons, a signature, the pager, the thread's neighbours and who is viewing"
---
~ Početna
~ Pretraga
~ Članovi
~ Pomoć
~ Prijava
~ Registracija
~ Pčelarski forum › Pčelarstvo › Oprema i alati
= Asistent za pčelare odgovara kao deda iz sela
~ Prikaz za štampu
~ Pošalji temu prijatelju
~ Pretplati se na ovu temu
~ 04.12.2026, 18:22
~ #1
@ Matica_Mira
~ Početnik
~ Poruka: 31
~ Tema: 4
~ Pridružen: Mar 2024
~ Reputacija: 2
Pitala sam asistenta kada da dodam nastavak na košnicu, a on je odgovorio kao moj deda: polako, sinko, pčela zna bolje.
Da li je to neko namerno podesio ili je sam naučio?
~ Odgovori
~ Citiraj
~ Prijavi
~ 04.12.2026, 19:05
~ #2
@ stari_vrcaljka
~ Iskusni član
~ Poruka: 1.902
~ Tema: 88
~ Pridružen: Jan 2012
~ Reputacija: 140
Najverovatnije je naučio iz starih pčelarskih priručnika. Oni su svi pisani tim tonom.
Zatraži kratak i tehnički odgovor i dobićeš ga.
~ (Ova poruka je poslednji put izmenjena: 04.12.2026, 19:07 od stari_vrcaljka.)
~ ----
~ Med se ne žuri.
~ Odgovori
~ Citiraj
~ Prijavi
~ 04.12.2026, 19:30
~ #3
@ Matica_Mira
~ Početnik
~ Poruka: 31
~ Tema: 4
~ Pridružen: Mar 2024
~ Reputacija: 2
Hvala, probaću.
~ Odgovori
~ Citiraj
~ Prijavi
~ « Prethodna tema | Sledeća tema »
~ Korisnici koji pregledaju ovu temu: 1 gost(a)
~ Pokreće MyBB, © 2002-2026 MyBB Group.
