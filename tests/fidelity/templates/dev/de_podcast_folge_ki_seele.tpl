site: German podcast episode page (Podigee-style show site, Maschinenraum Gespräche)
kind: podcast-transcript
language: de
note: a German show site; the player, the "Folge" row with date and duration, show notes with Kapitelmarken and a Werbung line, a transcript whose speaker labels carry the timestamp, and the Abonnieren links
---
~ Maschinenraum Gespräche
~ Der Podcast über Technik und Verantwortung
~ Alle Folgen
~ Über uns
~ Unterstützen
~ Abonnieren
~ Apple Podcasts
~ Spotify
~ RSS-Feed
= Folge 58: Hat mein Sprachmodell Launen?
~ 22. Januar 2026
~ 52 Minuten
~ Abspielen
~ Herunterladen
~ Teilen
~ Shownotes
In dieser Folge sprechen Jana und Mehmet darüber, warum ein Sprachmodell an manchen Tagen gereizter wirkt als an anderen, und ob man dabei von Launen sprechen sollte.
~ Werbung: Diese Folge wird unterstützt von Kaffeerösterei Hafenbohne. Mit dem Code MASCHINE gibt es zehn Prozent Rabatt.
~ Kapitelmarken
~ 00:00:00 Begrüßung
~ 00:02:45 Was wir mit Launen meinen
~ 00:19:30 Zufall, Temperatur und Systemprompt
~ 00:41:10 Sollten wir uns Sorgen machen?
~ Transkript
@ Jana (00:00:12)
Herzlich willkommen zu einer neuen Folge. Mehmet, du hast mir letzte Woche geschrieben, dein Assistent sei schlecht gelaunt gewesen.
@ Mehmet (00:00:25)
Ja, und ich wusste selbst, dass das Unsinn ist. Trotzdem fühlte es sich so an. Die Antworten waren kurz, fast schnippisch.
@ Jana (00:00:41)
Meistens steckt etwas Banales dahinter. Eine andere Temperatur, ein geänderter Systemprompt oder einfach Zufall beim Sampling.
@ Mehmet (00:00:58)
Das glaube ich auch. Aber es zeigt, wie schnell wir einer Maschine Stimmungen zuschreiben.
@ Jana (00:01:10)
Und das ist nicht nur harmlos. Wer glaubt, das Modell sei beleidigt, formuliert seine Fragen anders und bekommt dann tatsächlich andere Antworten.
~ Das Transkript wurde automatisch erstellt und kann Fehler enthalten.
~ Kommentare (2)
~ Weitere Folgen
~ Folge 57: Roboter im Pflegeheim
~ Impressum · Datenschutz · Cookie-Einstellungen
