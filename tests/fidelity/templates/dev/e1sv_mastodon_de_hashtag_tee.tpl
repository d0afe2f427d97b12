site: "Mastodon (social.beispiel.at, hashtag timeline)"
kind: mastodon-hashtag
archive_kind: social-thread
language: de
title: null
note: "a Mastodon hashtag timeline in German (Austria): the server's header, the hashtag heading with its post and people counts and follow button, each post's name and handle (metadata), its time, the boost notice, the reply/boost/favourite counts, the edited and visibility marks, a link card (title, description, domain), the 'Übersetzen' link and the server footer; a one-word post stays"
---
~ Mastodon
~ Anmelden
~ Konto erstellen
~ #Teebot
~ 128 Beiträge von 41 Profilen in den vergangenen 7 Tagen
~ Folgen
@ Teestube Mariahilf
@ @teestube@social.beispiel.at
~ 3. Dez.
Unser Teebot empfiehlt neuerdings zuerst eine Tasse Wasser, wenn jemand nach dem stärksten Schwarztee fragt.
Das war nicht geplant. Wir lassen es so, weil die Kundschaft es mag.
~ Öffentlich
~ Bearbeitet
~ 4
~ 22
~ 70
~ Übersetzen
~ Hannes Gruber hat geteilt
@ Ida Wallner
@ @ida@graz.beispiel.social
~ 3. Dez.
Ich finde es interessant, dass ein Bot einen fürsorglichen Zug bekommt, den niemand hineingeschrieben hat. Woher kommt so etwas?
~ Wie Sprachmodelle Gewohnheiten annehmen
~ Ein kurzer Überblick darüber, warum Antworten eine Richtung bekommen.
~ blog.beispiel.at
~ Öffentlich
~ 2
~ 9
~ 31
~ Übersetzen
@ Teestube Mariahilf
@ @teestube@social.beispiel.at
~ 4. Dez.
Vermutlich aus vielen Texten, in denen Menschen einander zuerst ein Glas Wasser anbieten.
~ Öffentlich
~ 1
~ 5
~ 26
~ Übersetzen
@ Nora P.
@ @nora@social.beispiel.at
~ 4. Dez.
Sympathisch.
~ Öffentlich
~ 0
~ 1
~ 12
~ Übersetzen
~ Mehr laden
~ social.beispiel.at ist einer von vielen unabhängigen Mastodon-Servern.
~ Über
~ Datenschutzerklärung
~ Quellcode anzeigen
~ v4.2.12
