site: "Nachrichtenportal (nachrichten.example.de)"
kind: news-comments
archive_kind: article
language: de
title: "Sollen Sprachmodelle eine eigene Persönlichkeit haben?"
note: "news article with a comment section; each comment prints a time, 'Antworten', 'Melden' and a recommendation count ('12 Empfehlungen'); 'Genau.' posted twice is content."
---
~ Politik Wirtschaft Wissen Digital Kultur
~ Abo Anmelden
~ Digital
= Sollen Sprachmodelle eine eigene Persönlichkeit haben?
Immer mehr Anbieter geben ihren Assistenten einen erkennbaren Charakter. Fachleute streiten, ob das Vertrauen schafft oder Nutzer täuscht.
~ Von Redaktion Digital
~ 4. Februar 2026, 7:30 Uhr
Ein Assistent, der freundlich und geduldig wirkt, wird häufiger genutzt. Das zeigen Umfragen mehrerer Anbieter.
Kritiker wenden ein, dass ein Charakter auch Nähe vortäuschen kann, wo keine ist.
~ Artikel teilen
~ 38 Kommentare
~ Kommentare
~ Neueste zuerst
@ Waldläufer
~ vor 2 Stunden
Ich finde es ehrlicher, wenn der Assistent klar sagt, dass er ein Programm ist. Ein freundlicher Ton stört mich dabei überhaupt nicht.
~ Antworten
~ Melden
~ 24 Empfehlungen
@ Hanna_L
~ vor 3 Stunden
Genau.
~ Antworten
~ Melden
~ 5 Empfehlungen
@ Kleingärtner
~ vor 3 Stunden
Mein Navi hat auch eine Stimme, und niemand hält es für einen Menschen. Warum sollte das bei Textassistenten anders sein?
~ Antworten
~ Melden
~ 11 Empfehlungen
@ b.schulz
~ vor 4 Stunden
Genau.
~ Antworten
~ Melden
~ 2 Empfehlungen
@ Imkerin
~ vor 5 Stunden
Problematisch wird es erst, wenn der Charakter Gefühle behauptet, um Kunden zu halten.
~ Antworten
~ Melden
~ 17 Empfehlungen
~ Weitere Kommentare laden
~ Impressum Datenschutz AGB Kontakt
