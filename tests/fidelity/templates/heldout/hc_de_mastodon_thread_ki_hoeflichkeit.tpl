site: Mastodon (norden.social, German instance)
kind: mastodon-thread
archive_kind: social-thread
language: de
title: null
note: a Mastodon thread saved from the web interface - instance header and login buttons, the poster's display name and handle as metadata, a three-part toot numbered 1/3-3/3 (the numbers are the author's), a hashtag line and date/visibility/client lines and boost/favourite counters as chrome, replies with their handles; one reply quotes the toot on a line starting with '>'; no title (social thread)
---
~ Mastodon
~ Anmelden Konto erstellen
~ Zurück
@ Jana Wiesner @jana@norden.social
Kleine Beobachtung nach drei Monaten mit einem KI-Assistenten im Büro: Er ist zu allen gleich höflich, auch zu Leuten, die ihn anschreien. (1/3)
Anfangs fand ich das irritierend. Inzwischen glaube ich, dass genau diese Gleichmäßigkeit im Team etwas verändert hat. (2/3)
Wer im Chat mit dem Assistenten laut wird, merkt ziemlich schnell, dass es niemanden beeindruckt. Und schreibt dann auch den Kolleginnen freundlicher. (3/3)
~ #KI #Arbeit #Höflichkeit
~ 1. Dez. 2026, 20:14 · Web
~ 18 Boosts 52 Favoriten
@ Tobias K. @tobik@chaos.example
> Und schreibt dann auch den Kolleginnen freundlicher.
Das ist die schönste Nebenwirkung, von der ich dieses Jahr gehört habe.
~ 1. Dez. 2026, 20:31
~ 3 Favoriten
@ Meike @meike_liest@norden.social
Bei uns war es umgekehrt: Die Leute haben sich beim Assistenten bedankt und bei uns nicht mehr. 😅
~ 1. Dez. 2026, 21:02
~ 7 Favoriten
@ Jana Wiesner @jana@norden.social
@meike_liest Oh nein. Vielleicht braucht ihr einen Assistenten, der zurück dankt und dann sagt: „Sag das auch mal deiner Kollegin.“
~ 1. Dez. 2026, 21:10
~ 11 Favoriten
~ Antworten Teilen Melden
~ Über Datenschutzerklärung Mastodon herunterladen
