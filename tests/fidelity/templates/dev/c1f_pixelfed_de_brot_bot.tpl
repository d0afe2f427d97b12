site: "Pixelfed (pixelfed.beispiel.de)"
kind: pixelfed-post
archive_kind: social-thread
language: de
note: "a Pixelfed photo post with its comments in German: the instance's header, the poster's name (metadata), the like count, the buttons, the comment's relative time and reply link, 'Weitere Kommentare laden' and the footer"
---
~ Pixelfed
~ Anmelden
~ Registrieren
~ Entdecken
@ backstube_nord
~ Folgen
Das erste Roggenbrot, bei dem mir unser kleiner Küchenassistent jede Stunde geschrieben hat, wie es dem Sauerteig geht.
Er klingt dabei wie ein besorgter Onkel, das hat mir tatsächlich geholfen, nicht zu früh zu backen.
~ Gefällt 38 Personen
~ Gefällt mir
~ Kommentieren
~ Teilen
~ Speichern
~ vor 2 Tagen
@ kruste_und_krume
Wie hast du ihm den Onkel beigebracht?
~ vor 2 Tagen
~ Antworten
~ 3 Gefällt mir
@ backstube_nord
Drei Sätze in den Einstellungen: freundlich, etwas altmodisch, nie hektisch.
~ vor 1 Tag
~ Antworten
@ mehlstaub
Schöne Krume!
~ vor 1 Tag
~ Antworten
~ Weitere Kommentare laden
~ Kommentar hinzufügen …
~ Über
~ Hilfe
~ Sprache
~ Datenschutz
~ Nutzungsbedingungen
~ Powered by Pixelfed
