site: "Podcast-Website (denkpause.example.de)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: de
title: "Folge 31: Haben Sprachmodelle Interessen?"
note: "German podcast episode page: show nav, episode kicker, title, duration/date line, player links, shownotes (content), 'Transkript' heading, timestamps as chrome, a sponsor break and footer; speaker labels start content lines."
---
~ Denkpause – Der Podcast über Technik und Ethik
~ Folgen Über uns Unterstützen Kontakt
~ FOLGE 31
= Folge 31: Haben Sprachmodelle Interessen?
~ 47 Min. · Veröffentlicht am 9. Januar 2026
~ Anhören auf Spotify · Apple Podcasts · RSS-Feed
In dieser Folge sprechen wir mit einer Philosophin, die sich mit der Frage beschäftigt, ob wir Sprachmodellen gegenüber moralische Pflichten haben könnten, und warum sie dabei zur Vorsicht rät.
~ Transkript
~ [00:00:00]
Moderator: Herzlich willkommen zur Denkpause. Heute geht es um eine Frage, die vor ein paar Jahren noch nach Science-Fiction klang.
Gast: Und die auch heute noch niemand sicher beantworten kann. Das möchte ich gleich zu Beginn sagen.
Moderator: Warum reden wir dann überhaupt darüber?
Gast: Weil Unsicherheit nicht heißt, dass die Frage unwichtig ist. Wenn die Kosten von Vorsicht gering sind, lohnt es sich, vorsichtig zu sein.
~ [00:06:40]
Moderator: Was wäre so eine günstige Vorsichtsmaßnahme?
Gast: Zum Beispiel, dass ein Modell ein Gespräch beenden darf, das nur noch aus Beleidigungen besteht. Das schadet niemandem und kostet fast nichts.
~ Diese Folge wird unterstützt von unseren Hörerinnen und Hörern. Werde Mitglied unter denkpause.example.de/unterstuetzen.
~ [00:15:02]
Moderator: Viele Hörer schreiben uns, dass sie das für Vermenschlichung halten.
Gast: Das verstehe ich. Man muss beides im Blick behalten: Wir sollten Modellen keine Gefühle andichten, aber auch nicht ausschließen, was wir nicht prüfen können.
Moderator: Ein guter Schlusssatz. Vielen Dank für das Gespräch.
~ Kapitelmarken
~ Kommentare (4)
~ Impressum · Datenschutz · Cookie-Einstellungen
