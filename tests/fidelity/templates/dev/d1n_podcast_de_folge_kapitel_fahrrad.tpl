site: Podcast-Webseite (radelfunk.example), WordPress mit Podlove-Publisher
kind: podcast-transcript
archive_kind: podcast-transcript
language: de
note: "a German podcast episode page (Podlove): the show's name, the episode number and date, the player with its chapter marks, the 'Abonnieren' row, the show notes (content), the guests line, the 'Kapitelmarken' list with time codes, the 'Werbung' label and the sponsor read, the transcript heading and tools, speakers' names over their turns with the time codes (metadata), the share row and the comment form"
---
~ Radelfunk
~ Der Podcast übers Alltagsradeln
~ Start   Folgen   Über uns   Unterstützen   Kontakt
~ RF087
= RF087 Der Fahrradladen-Chatbot, der „Weiß ich nicht" sagt
~ 2. Dezember 2026
~ 58 Minuten
~ Abonnieren
~ Apple Podcasts   Spotify   Podcast Addict   RSS
~ Herunterladen
In dieser Folge sprechen wir mit einer Ladeninhaberin aus Leipzig über ihren Chatbot, der Kundenfragen beantwortet und dabei zugibt, wenn er etwas nicht weiß. Außerdem: Winterreifen fürs Rad, ja oder nein?
~ Gäste: Sabine Kroll
~ Kapitelmarken
~ 00:00:00 Begrüßung
~ 00:02:31 Was der Chatbot kann
~ 00:14:10 Ehrlich statt schnell
~ 00:31:45 Winterreifen
~ 00:52:20 Hörerpost und Verabschiedung
~ Werbung
~ Diese Folge wird unterstützt von Kettenblatt, der Werkstatt-App für alle, die selbst schrauben. Mit dem Code RADELFUNK gibt es einen Monat gratis.
~ Transkript
~ Automatisch erstellt, nicht korrigiert.
@ Jonas
~ 00:00:05
Hallo und herzlich willkommen zu einer neuen Folge Radelfunk. Heute ist Sabine bei uns, sie hat einen kleinen Fahrradladen in Leipzig.
@ Sabine
~ 00:00:14
Hallo, schön, dass ich da sein darf.
@ Jonas
~ 00:02:31
Du hast seit dem Sommer einen Chatbot auf deiner Webseite. Was macht der eigentlich?
@ Sabine
~ 00:02:40
Er beantwortet die Fragen, die wir sonst zwanzigmal am Tag am Telefon hören: Öffnungszeiten, was eine Inspektion kostet, ob wir ein bestimmtes Ersatzteil da haben.
Wichtig war mir, dass er nicht rät. Wenn er den Lagerbestand nicht kennt, sagt er das und gibt unsere Telefonnummer raus.
@ Jonas
~ 00:14:10
Und das nervt die Leute nicht?
@ Sabine
~ 00:14:16
Weniger, als wenn er ihnen etwas Falsches verspricht und sie umsonst durch die halbe Stadt fahren.
~ Teilen
~ Link kopieren
~ Kommentar schreiben
~ Name (erforderlich)
~ E-Mail (wird nicht veröffentlicht)
~ Kommentar abschicken
~ Radelfunk · Impressum · Datenschutz
