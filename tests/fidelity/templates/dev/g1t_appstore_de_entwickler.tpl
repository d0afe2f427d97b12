site: "App Store (apps.example.com, de)"
kind: app-reviews
archive_kind: other
language: de
title: "Brotzeit – Dein Backassistent"
note: "a German app store page: the tab title with the store's name, the store's menu, the app's name, the developer line under it (a company name), the category rank, the rating line, the price, the 'Beschreibung' section, a 'mehr' link, ratings with their authors (metadata) and dates, the developer's answer (content) and the store's footer"
---
~ Brotzeit – Dein Backassistent im App Store
~ Mac   iPad   iPhone   Watch   Support
= Brotzeit – Dein Backassistent
~ Sauerteig & Söhne GmbH
~ Nr. 14 in Essen und Trinken
~ 4,6 • 2.318 Bewertungen
~ Gratis · Bietet In-App-Käufe
~ Beschreibung
Brotzeit begleitet dich vom Vorteig bis zum fertigen Laib und sagt dir, wann der Teig genug geruht hat.
Der Assistent spricht ruhig und kurz, und wenn du einen Fehler machst, erklärt er ihn, ohne zu schimpfen.
~ mehr
~ Bewertungen und Rezensionen
~ 4,6 von 5
@ Hefeliebe, 02.12.2026
Endlich eine App, die nicht ständig lobt. Sie sagt einfach, dass die Krume noch zu dicht ist, und warum.
@ Entwicklerantwort, 03.12.2026
Danke! Genau so haben wir den Ton des Assistenten geplant.
@ Kornfeld_B, 28.11.2026
Die Zeitangaben stimmen bei meinem alten Ofen nicht ganz, aber der Assistent fragt nach und passt sie an.
~ Datenschutz der App
~ Der Entwickler, Sauerteig & Söhne GmbH, hat angegeben, dass keine Daten erfasst werden.
~ Copyright © 2026 Apple Inc. Alle Rechte vorbehalten.
