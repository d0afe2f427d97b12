site: German phpBB board (Technikforum Nordhessen)
kind: forum-thread
archive_kind: forum-thread
language: de
note: 'phpBB 3 prosilver in German — quick links, board index breadcrumb, "Antworten" and topic tools, post counts with page numbers, "Re:" subject lines, "Beitrag von … »" lines, profile fields under each post (Beiträge, Registriert, Wohnort), "Nach oben", "Zurück zu", "Gehe zu", who is online, time zone and copyright footer; content lines that contain "Antworten", a short "Danke!" and a number line'
---
~ Zum Inhalt
~ Schnellzugriff
~ Unbeantwortete Themen
~ Aktive Themen
~ Suche
~ FAQ
~ Registrieren
~ Anmelden
~ Foren-Übersicht ‹ Technik ‹ Künstliche Intelligenz
= Warum klingt mein Sprachassistent plötzlich so förmlich?
~ Antworten
~ Themen-Optionen
~ Erweiterte Suche
~ 4 Beiträge • Seite 1 von 1
~ Warum klingt mein Sprachassistent plötzlich so förmlich?
@ Beitrag von Lindenblatt » Mo 3. Feb 2025, 18:22
Seit dem letzten Update siezt mich mein Sprachassistent und redet wie ein Beamter. Vorher war er locker und hat auch mal einen Witz gemacht.
Ich habe nichts an den Einstellungen geändert. Hat jemand eine Erklärung dafür?
@ Lindenblatt
~ Beiträge: 214
~ Registriert: Sa 14. Mär 2020, 09:05
~ Wohnort: Kassel
~ Nach oben
~ Re: Warum klingt mein Sprachassistent plötzlich so förmlich?
@ Beitrag von kaffeetasse » Mo 3. Feb 2025, 19:01
Die Hersteller passen den Ton ihrer Modelle immer wieder an. Manchmal wird ein Assistent nach Beschwerden bewusst zurückhaltender gemacht.
Auf deine Frage gibt es also keine einfache Antwort, aber am Gerät liegt es wohl nicht. Die Antworten hängen eher von der neuen Modellversion ab.
@ kaffeetasse
~ Beiträge: 1873
~ Registriert: Do 2. Jan 2014, 21:40
~ Nach oben
~ Re: Warum klingt mein Sprachassistent plötzlich so förmlich?
@ Beitrag von Lindenblatt » Mo 3. Feb 2025, 20:47
Danke!
Ich habe es mit einer Bitte am Anfang probiert, und nach 3 Sätzen war der alte Ton wieder da.
@ Lindenblatt
~ Beiträge: 214
~ Registriert: Sa 14. Mär 2020, 09:05
~ Wohnort: Kassel
~ Nach oben
~ Antworten
~ 4 Beiträge • Seite 1 von 1
~ Zurück zu „Künstliche Intelligenz“
~ Gehe zu
~ Wer ist online?
~ Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste
~ Foren-Übersicht
~ Alle Cookies löschen
~ Alle Zeiten sind UTC+01:00
~ Powered by phpBB® Forum Software © phpBB Limited
~ Deutsche Übersetzung durch phpBB.de
~ Datenschutz | Nutzungsbedingungen
