site: "Maschinenraum (German podcast, transcript page)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: de
note: "a German podcast's transcript page: the show's name and menu, the 'Transkript' label, the episode's title with 'Folge 23:', the date and duration line, the guest line, speaker labels as 'Name:' lines; the donation box and the licence line are chrome"
---
~ Maschinenraum
~ Folgen   Transkripte   Über uns   Unterstützen
~ Transkript
= Folge 23: Wie höflich muss eine KI sein?
~ 4. März 2026 · 52 Minuten
~ Zu Gast: Dr. Johanna Berger, Sprachwissenschaftlerin
@ Lukas:
Willkommen zu Folge 23. Heute geht es um eine Frage, die uns viele Hörerinnen geschickt haben: Warum entschuldigen sich Sprachassistenten so oft?
@ Johanna:
Weil Höflichkeit beim Training belohnt wurde. Menschen bewerten freundliche Antworten besser, auch wenn sie nicht hilfreicher sind.
@ Lukas:
Ist das schlimm?
@ Johanna:
Nicht immer. Aber eine Entschuldigung ohne Grund nutzt sich ab. Irgendwann hört niemand mehr hin.
~ Unterstütze den Podcast auf Steady.
~ Transkript lizenziert unter CC BY 4.0
