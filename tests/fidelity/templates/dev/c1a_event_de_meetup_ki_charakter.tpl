site: "Meetup group page (treffen.example.de)"
kind: event-page
archive_kind: article
language: de
title: "Stammtisch: Wie viel Charakter braucht ein Sprachmodell?"
note: "a German meetup-group event: header, group name and 'Gastgeber' line, the date block, 'Teilnehmen' button, attendee counter, 'Details' heading (content under it), the photo and comments labels, group's other events, the app prompt and footer."
---
~ Zum Inhalt springen
~ Veranstaltungen finden Gruppen finden Neue Gruppe gründen
~ Anmelden Registrieren
~ Öffentliche Veranstaltung
= Stammtisch: Wie viel Charakter braucht ein Sprachmodell?
~ Gastgeber: Lena K. und 2 weitere
~ KI & Gesellschaft Leipzig
~ Öffentliche Gruppe
~ Donnerstag, 14. Januar 2027
~ 19:00 bis 21:30 MEZ
~ Zum Kalender hinzufügen
~ Café Lindenhof, Karl-Heine-Straße 8, Leipzig
~ Wie du uns findest: Hinterer Raum, erste Tür links
~ Details
Unser Januar-Stammtisch dreht sich um eine einfache Frage: Soll ein Sprachmodell eine erkennbare Persönlichkeit haben, oder ist Neutralität ehrlicher?
Wir beginnen mit einem kurzen Impuls von Jonas, der ein Jahr lang einen Chatbot für eine Stadtbibliothek betreut hat. Danach reden wir offen.
Wer mag, bringt ein Beispiel mit, in dem ein Assistent überraschend freundlich oder überraschend stur war.
Getränke zahlt jeder selbst. Die Küche hat bis 21 Uhr geöffnet.
~ Teilnehmende (23)
~ Alle anzeigen
~ Fotos
~ Noch keine Fotos
~ Kommentare (4)
~ Melde dich an, um zu kommentieren.
~ Teilen
~ Teilnehmen
~ 7 Plätze frei
~ Ähnliche Veranstaltungen in der Nähe
~ Fahrrad-Reparaturabend im Kiez
~ Brotbacken für Anfänger
~ Hol dir die App
~ Hilfe Datenschutz Nutzungsbedingungen Impressum © 2027 Treffen Example
