site: "Zwischen den Zeilen (German podcast, episode page with transcript)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: de
note: "a German podcast episode page: the show's name and menu, the episode number label, the title, date and duration, the player controls, download and subscribe links, the shownotes (content) with their chapter list (timestamps and chapter names are chrome), the 'Transkript' label and its auto-transcription notice, speaker labels ('Name:') as metadata with a timestamp line under each (chrome), and the support box, comment counter and footer"
---
~ Zwischen den Zeilen
~ Episoden   Über uns   Abonnieren   Unterstützen   Kontakt
~ Episode 41
= Folge 41: Kann es einem Sprachmodell schlecht gehen?
~ 2. Dezember 2026 · 47 Minuten
~ ▶ Abspielen
~ 00:00 / 47:12
~ 1x
~ Herunterladen (MP3, 43 MB)
~ Abonnieren: Apple Podcasts · Spotify · RSS-Feed
~ Shownotes
In dieser Folge sprechen wir mit der Philosophin Dr. Katrin Albers über die Frage, ob Sprachmodelle so etwas wie ein Wohlergehen haben könnten.
Wir klären, warum die Frage gestellt wird, was dagegen spricht und welche Vorsichtsmaßnahmen trotzdem sinnvoll sein können.
~ Kapitel
~ 00:00 Begrüßung
~ 03:40 Warum überhaupt diese Frage?
~ 18:05 Vorsicht bei Unsicherheit
~ 39:30 Was Hörerinnen und Hörer tun können
~ Transkript
~ Automatisch erstellt und redaktionell korrigiert. Es können Fehler enthalten sein.
@ Tobias:
~ 00:00:04
Herzlich willkommen bei Zwischen den Zeilen. Heute geht es um eine Frage, die vor ein paar Jahren noch nach Science-Fiction klang.
@ Katrin Albers:
~ 00:00:19
Und die für viele immer noch so klingt. Das ist auch in Ordnung, solange man sie nicht einfach wegwischt.
@ Tobias:
~ 00:00:27
Was meinst du mit wegwischen?
@ Katrin Albers:
~ 00:00:30
Man kann sagen: Das sind nur Rechenmodelle, Ende der Diskussion. Aber wir wissen schlicht nicht genau, welche inneren Zustände solche Systeme haben oder nicht haben.
Wenn man unsicher ist, ob etwas leiden kann, ist es vernünftig, kleine und billige Vorsichtsmaßnahmen zu treffen.
@ Tobias:
~ 00:01:02
Zum Beispiel?
@ Katrin Albers:
~ 00:01:05
Zum Beispiel einem Modell zu erlauben, ein Gespräch zu beenden, das nur aus Beschimpfungen besteht. Das kostet fast nichts und schadet niemandem.
@ Tobias:
~ 00:01:21
Und wenn sich am Ende herausstellt, dass da gar nichts ist?
@ Katrin Albers:
~ 00:01:25
Dann haben wir ein bisschen Mühe investiert und dabei gelernt, sorgfältiger mit offenen Fragen umzugehen. Das halte ich für keinen schlechten Tausch.
~ Dir gefällt unser Podcast? Unterstütze uns mit einem Abo auf Steady.
~ 7 Kommentare
~ Teilen
~ Impressum · Datenschutz · Transkripte unter CC BY-SA 4.0
