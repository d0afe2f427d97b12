site: MediaWiki Diskussionsseite (Wikipedia-style, German)
kind: wiki-talk
archive_kind: forum-thread
language: de
title: 'Diskussion:Persönlichkeit von Sprachmodellen'
note: 'a German MediaWiki talk page: skip links, tabs, the intro notice box, the latest-comment line, each section with signatures on their own line and "Antworten" links, "Abschnitt hinzufügen", last-edited line, licence sentence and footer. A reply that is only "Erledigt." and a line "Quelle: Umfrage 2024, S. 12" are content.'
---
~ Zur Navigation springen
~ Zur Suche springen
~ Hauptmenü
~ Suche
~ Spenden
~ Benutzerkonto erstellen
~ Anmelden
= Diskussion:Persönlichkeit von Sprachmodellen
~ Abschnitt hinzufügen
~ Artikel
~ Diskussion
~ Lesen
~ Bearbeiten
~ Quelltext bearbeiten
~ Versionsgeschichte
~ Werkzeuge
~ aus Wikipedia, der freien Enzyklopädie
~ Letzter Kommentar: vor 1 Tag von Lindenblatt in Abschnitt Belege für die Einleitung
~ Auf dieser Seite werden Abschnitte ab sofort automatisch archiviert, deren jüngster Beitrag mehr als 30 Tage zurückliegt.
~ Archiv
Belege für die Einleitung
Die Einleitung behauptet, Sprachmodelle hätten eine stabile Persönlichkeit. Dafür fehlt ein Beleg, und die Formulierung klingt nach Werbung.
@ Lindenblatt (Diskussion) 10:12, 3. Mär. 2025 (CET)
~ Antworten
Ich habe einen Beleg ergänzt. Quelle: Umfrage 2024, S. 12
@ Fahrradkette (Diskussion) 14:30, 3. Mär. 2025 (CET)
~ Antworten
Erledigt.
@ Lindenblatt (Diskussion) 09:05, 5. Mär. 2025 (CET)
~ Antworten
~ Abschnitt hinzufügen
~ Diese Seite wurde zuletzt am 5. März 2025 um 09:05 Uhr bearbeitet.
~ Abrufstatistik · Autoren
~ Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ verfügbar; Informationen zu den Urhebern und zum Lizenzstatus eingebundener Mediendateien (etwa Bilder oder Videos) können im Regelfall durch Anklicken dieser abgerufen werden.
~ Datenschutz
~ Über Wikipedia
~ Impressum
~ Verhaltenskodex
~ Entwickler
~ Statistiken
~ Stellungnahme zu Cookies
~ Mobile Ansicht
