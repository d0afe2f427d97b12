site: German vBulletin 4 forum (Rollenspiel-Treff)
kind: forum-thread
archive_kind: forum-thread
language: de
title: KI-Spielleiter – wie hält man den Charakter konsistent?
note: 'vBulletin 4 in German as scraped — page count with "Letzte", result range, "Thema:" line, numbered posts with the user title and "Avatar von" alt text, the profile fields printed label and value on separate lines (Registriert seit / date, Ort / place, Beiträge / count), the quote box, "Antworten"/"Zitieren" buttons, a signature separator and signature, similar threads, permission lines and footer'
---
~ Forum
~ Neue Beiträge
~ FAQ
~ Kalender
~ Community
~ Forum
~ Rollenspiel
~ Digitale Spielleiter
~ Seite 1 von 2 12 LetzteLetzte
~ Ergebnis 1 bis 3 von 17
~ Thema: KI-Spielleiter – wie hält man den Charakter konsistent?
= KI-Spielleiter – wie hält man den Charakter konsistent?
~ #1
~ Erfahrener Benutzer Avatar von Nebelkrähe
@ Nebelkrähe
~ Registriert seit
~ 17.10.2019
~ Ort
~ Bremen
~ Beiträge
~ 2.761
Wir spielen seit ein paar Wochen eine Kampagne, in der ein Sprachmodell den Spielleiter übernimmt. Das klappt erstaunlich gut.
Nur vergisst der Spielleiter nach einer Weile, wie der Wirt im Dorf spricht. Aus dem mürrischen Alten wird plötzlich ein Plaudermaul.
~ __________________
~ Würfel lügen nicht.
~ Antworten
~ Zitieren
~ #2
~ Neuer Benutzer Avatar von Zinnsoldat
@ Zinnsoldat
~ Registriert seit
~ 02.01.2024
~ Beiträge
~ 45
Schreib dir zu jeder Figur eine kurze Karte mit drei Sätzen und gib sie dem Modell am Anfang jeder Sitzung mit.
Bei uns hat das die Sprünge fast ganz beseitigt.
~ Antworten
~ Zitieren
~ #3
~ Erfahrener Benutzer Avatar von Nebelkrähe
@ Nebelkrähe
~ Registriert seit
~ 17.10.2019
~ Ort
~ Bremen
~ Beiträge
~ 2.761
~ Zitat von Zinnsoldat
Schreib dir zu jeder Figur eine kurze Karte mit drei Sätzen.
Gute Idee, probiere ich am Freitag aus.
~ __________________
~ Würfel lügen nicht.
~ Antworten
~ Zitieren
~ Ähnliche Themen
~ Sprachmodell als Spielleiter: Erfahrungen?
~ Berechtigungen
~ Neue Themen erstellen: Nein
~ Themen beantworten: Nein
~ Anhänge hochladen: Nein
~ Beiträge bearbeiten: Nein
~ Foren-Regeln
~ Alle Zeitangaben in WEZ +1. Es ist jetzt 23:14 Uhr.
~ Powered by vBulletin® Version 4.2.5 Copyright ©2025 vBulletin Solutions Inc. Alle Rechte vorbehalten.
