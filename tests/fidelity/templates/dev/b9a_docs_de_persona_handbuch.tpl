site: Produktdokumentation in einem statischen Docs-Theme (docs.kiefernhain.example)
kind: docs-page
archive_kind: other
language: de
note: "a German documentation page of a static docs theme: the product's name and version picker in the header, the sidebar's section list, the breadcrumb, the copy button over each code block, the 'Auf dieser Seite' list after the text, edit link, last-updated line, the previous/next pager with its labels and the feedback question"
---
~ Zum Hauptinhalt springen
~ Kiefernhain Docs
~ v2.4
~ Anleitung
~ API
~ Changelog
~ Suchen
~ Strg K
~ Einführung
~ Installation
~ Persona-Dateien
~ Tonfall einstellen
~ Grenzen und Ablehnungen
~ Startseite › Anleitung › Persona-Dateien
= Persona-Dateien schreiben
Eine Persona-Datei beschreibt, wie der Assistent spricht und worauf er achtet. Sie ist kurz, menschenlesbar und wird bei jedem neuen Gespräch geladen.
Aufbau
Jede Datei beginnt mit einem Namen und einer Beschreibung in zwei oder drei Sätzen. Danach folgen die Eigenschaften, eine pro Zeile.
~ Kopieren
| name: Gärtnerin
| beschreibung: Ruhig, genau, ein wenig trocken im Humor.
| eigenschaften:
|   - gibt zu, wenn sie etwas nicht weiß
|   - fragt nach, bevor sie rät
~ Hinweis
Eigenschaften, die sich widersprechen, werden nicht automatisch erkannt. Lies die Datei nach jeder Änderung einmal laut vor.
Ehrlichkeit vor Freundlichkeit
Ein freundlicher Ton ist erwünscht, aber er darf die Antwort nicht verfälschen. Wenn ein Nutzer eine falsche Annahme äußert, soll der Assistent sie höflich korrigieren.
Prüfen
Mit dem Befehl unten startest du zehn Probegespräche und siehst, ob die Persona stabil bleibt.
~ Kopieren
| kiefernhain probe gaertnerin.yml --runden 10
Die Auswertung zeigt für jede Eigenschaft, wie oft sie in den Antworten zu erkennen war.
~ Auf dieser Seite
~ Aufbau
~ Ehrlichkeit vor Freundlichkeit
~ Prüfen
~ Diese Seite bearbeiten
~ Zuletzt aktualisiert: 3. Dezember 2026
~ Vorherige Seite
~ Installation
~ Nächste Seite
~ Tonfall einstellen
~ War diese Seite hilfreich?
~ Ja   Nein
~ © 2026 Kiefernhain GmbH · Impressum · Datenschutz
