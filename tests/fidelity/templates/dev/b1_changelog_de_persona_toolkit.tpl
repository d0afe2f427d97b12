site: "Project changelog page (persona-werkzeug.example.dev)"
kind: changelog
archive_kind: article
language: de
title: "Änderungsprotokoll"
note: "very short title after the docs navigation; version headings and short list items are content; the \"Auf dieser Seite\" table of contents is chrome."
---
~ Persona-Werkzeug
~ Dokumentation Anleitungen API Änderungsprotokoll GitHub
~ Suche…
~ Dokumentation › Änderungsprotokoll
= Änderungsprotokoll
~ Auf dieser Seite
~ 2.3.0
~ 2.2.1
~ 2.2.0
Alle nennenswerten Änderungen an diesem Projekt werden in dieser Datei dokumentiert.
2.3.0 – 2026-02-28
Hinzugefügt
- Tonprüfung für lange Sitzungen mit mehr als hundert Runden
- Beispieldialoge können jetzt aus einer eigenen Datei geladen werden
Geändert
- Die Charakterbeschreibung wird nach jeder Zusammenfassung erneut eingefügt
- Ablehnungen bleiben unverändert, nur die Formulierung darum herum folgt der Persona
Behoben
- Emojis wurden bei hoher Temperatur doppelt ausgegeben
2.2.1 – 2026-01-19
Behoben
- Absturz beim Laden einer leeren Szenen-Datei
2.2.0 – 2026-01-05
Hinzugefügt
- Option, mit der ein Modell ein Gespräch beenden darf, wenn es dauerhaft beleidigend wird
Hinweis: Diese Option ist standardmäßig ausgeschaltet und muss bewusst aktiviert werden.
~ Diese Seite bearbeiten
~ Zuletzt aktualisiert am 28. Feb. 2026
~ ← Vorherige Seite Nächste Seite →
~ © 2026 Persona-Werkzeug. Lizenziert unter MIT.
