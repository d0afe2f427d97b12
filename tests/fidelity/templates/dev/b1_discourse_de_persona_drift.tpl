site: "Discourse forum (community.example.de)"
kind: discourse-thread
archive_kind: forum-thread
language: de
title: "Persona bleibt nach Modell-Update nicht stabil"
note: "Discourse thread; title after the category chip; post numbering, likes and \"Antwort\" buttons are chrome; \"Sehe ich auch so.\" and a \">\" quote line are content."
---
~ Zum Hauptinhalt springen
~ Registrieren Anmelden
~ KI-Werkstatt
= Persona bleibt nach Modell-Update nicht stabil
~ Entwicklung Charakterdesign
~ Sie lesen einen Beitrag aus der Kategorie Entwicklung
@ lena_k
~ Feb. 2026
Seit dem letzten Modell-Update klingt unser Kundenservice-Charakter deutlich förmlicher. Die Beschreibung der Persona haben wir nicht geändert.
Hat jemand Erfahrung damit, wie man eine Persona so beschreibt, dass sie ein Update übersteht?
~ 3 Likes
@ b_hoffmann
~ Feb. 2026
Wir beschreiben inzwischen nicht nur Eigenschaften, sondern geben zehn Beispieldialoge mit. Die Beispiele tragen den Ton über Updates hinweg viel besser als Adjektive.
| > Die Beschreibung der Persona haben wir nicht geändert.
Genau das ist oft das Problem: Das neue Modell liest dieselben Worte anders.
~ 5 Likes
@ sonnenblume
~ Feb. 2026
Sehe ich auch so.
@ lena_k
~ Feb. 2026
Danke, wir probieren es mit Beispieldialogen und melden uns.
~ 1 Like
~ Lösung
~ 4 Antworten 11 Likes 320 Aufrufe 3 Benutzer
~ Erstellt Feb. 2026 Letzte Antwort Feb. 2026
~ Vorgeschlagene Themen
~ Thema Antworten Aufrufe Aktivität
~ Fahrradcomputer mit Sprachassistent? 7 410 März
~ Powered by Discourse, best viewed with JavaScript enabled
