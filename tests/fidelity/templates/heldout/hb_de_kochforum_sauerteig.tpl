site: German cooking forum (Kochtreff, phpBB board)
kind: forum-thread
archive_kind: forum-thread
language: de
note: phpBB prosilver copied as text - each post's "Beitrag von ... »" line and the profile block after it; the quote inside the third post was stored through a cp1252 decode; a sentence of the first post is doubled by the scrape
---
~ Zum Inhalt
~ Schnellzugriff
~ Häufig gestellte Fragen
~ Registrieren
~ Anmelden
~ Foren-Übersicht ‹ Backen ‹ Brot und Brötchen
= Roggensauerteig wird nach dem Auffrischen nicht mehr sauer
~ Antwort erstellen
~ Druckansicht
~ Suche in diesem Thema …
~ 4 Beiträge • Seite 1 von 1
@ Beitrag von krustenkind » Di 4. Mär 2025, 19:12
Hallo zusammen, mein Roggensauerteig steht seit drei Jahren im Kühlschrank und hat immer zuverlässig gearbeitet.
Seit ich ihn letzte Woche mit einem anderen Mehl aufgefrischt habe, riecht er zwar gut, aber das Brot schmeckt kaum noch sauer.
+^
Hat jemand eine Idee, woran das liegen kann? Ich backe mit Type 1150 und führe ihn dreistufig.
~ Nach oben
@ krustenkind
~ Beiträge: 57
~ Registriert: So 11. Okt 2020, 08:40
@ Beitrag von Ofenwolf » Di 4. Mär 2025, 20:03
Das neue Mehl ist vermutlich heller ausgemahlen. Weniger Schalenanteil heißt weniger Futter für die Milchsäurebakterien.
Ich würde zwei oder drei Auffrischungen hintereinander bei 28 Grad machen, dann sollte er wieder ordentlich Säure bilden.
~ Nach oben
@ Ofenwolf
~ Moderator
~ Beiträge: 4312
~ Registriert: Mi 2. Jan 2013, 17:21
@ Beitrag von Brotzeit_Bea » Mi 5. Mär 2025, 07:45
@ Ofenwolf hat geschrieben: ↑Di 4. Mär 2025, 20:03
[[cp1252:Weniger Schalenanteil heißt weniger Futter für die Milchsäurebakterien.]]
Genau so. Bei mir hat außerdem geholfen, weniger Anstellgut zu nehmen und die Reifezeit um zwei Stunden zu verlängern.
Und den Sauerteig nicht direkt aus dem Kühlschrank verwenden, sondern erst eine Stunde bei Zimmertemperatur stehen lassen.
~ Nach oben
@ Brotzeit_Bea
~ Beiträge: 812
~ Registriert: Fr 6. Mai 2016, 21:02
@ Beitrag von krustenkind » Mi 5. Mär 2025, 18:30
Danke euch beiden! Zweimal warm aufgefrischt, und das Brot von heute war wieder schön kräftig.
~ Nach oben
~ Antwort erstellen
~ 4 Beiträge • Seite 1 von 1
~ Zurück zu „Brot und Brötchen“
~ Gehe zu
~ Wer ist online?
~ Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste
~ Foren-Übersicht
~ Alle Cookies löschen
~ Alle Zeiten sind UTC+01:00
~ Powered by phpBB® Forum Software © phpBB Limited
~ Datenschutz | Nutzungsbedingungen
