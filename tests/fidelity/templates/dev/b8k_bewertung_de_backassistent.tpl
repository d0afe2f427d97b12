site: "Bewertungsportal (appurteil.example.de)"
kind: product-reviews
archive_kind: article
language: de
title: "Backhelfer – Bewertungen"
note: "German app reviews: pros and cons lines a reviewer starts with + and -, a one-word verdict (\"Top!\", \"Ja.\"), a heading \"Fazit\" and one \"Kontakt\" that is the reviewer's own subject, a score the reviewer writes in the text (\"4/5\"), a reply said twice and an emoji-only reply; the stars, the helpfulness counters, the sort menu, the developer's reply label, the pager and footer are chrome"
---
~ Zum Inhalt springen
~ Startseite › Apps › Kochen & Backen
= Backhelfer – Bewertungen
~ ★★★★☆ 4,2 von 5 · 187 Bewertungen
~ Bewertung schreiben
~ Sortieren nach: Hilfreichste
@ Brotbäckerin_Kiel
~ ★★★★★
~ 02.12.2026
Top!
| + erklärt, warum der Teig nicht aufgeht
| + gibt zu, wenn es die Antwort nicht weiß
| - die Stimme ist etwas zu fröhlich
4/5
Fazit
Für Sauerteig-Anfänger genau das Richtige.
~ 23 Personen fanden diese Bewertung hilfreich
~ Hilfreich   Melden
@ Jonas W.
~ ★★★☆☆
~ 28.11.2026
Ja.
Das war meine Antwort, als die App fragte, ob ich Roggen mag, und danach kamen nur noch Roggenrezepte.
Kontakt
Ich habe dem Support geschrieben und am nächsten Tag eine freundliche Antwort bekommen.
~ 5 Personen fanden diese Bewertung hilfreich
~ Hilfreich   Melden
~ Antwort des Entwicklers
Danke, Jonas! Im nächsten Update kann man Vorlieben wieder zurücksetzen.
@ oma_hilde
~ ★★★★★
~ 20.11.2026
Endlich!
Endlich!
🥖🥖🥖
~ 1 Person fand diese Bewertung hilfreich
~ Hilfreich   Melden
~ « Zurück   1   2   3   Weiter »
~ Impressum   Datenschutz   Kontakt   AGB
~ © 2026 appurteil
