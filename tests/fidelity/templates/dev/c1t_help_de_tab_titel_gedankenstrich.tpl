site: "Parley Hilfe-Center (hilfe.parley.example)"
kind: help-article
archive_kind: other
language: de
note: "a German help centre article: the tab line gives the title and the site's name joined by an em dash ('Tonfall zurücksetzen — Parley Hilfe-Center'), the header repeats the site's name, a search box, the category, then the short title (two words) over the text; the 'Was this helpful' row and the related articles are chrome"
---
~ Tonfall zurücksetzen — Parley Hilfe-Center
~ Parley Hilfe-Center
~ Wie können wir helfen?
~ Einstellungen
= Tonfall zurücksetzen
Wenn der Assistent nach vielen Änderungen zu förmlich oder zu flapsig klingt, kannst du den Tonfall auf die Grundeinstellung zurücksetzen.
Öffne dazu die Einstellungen, wähle den Reiter Persona und klicke auf die Schaltfläche unten auf der Seite.
Deine Gespräche bleiben erhalten. Nur die Vorgaben zum Tonfall werden gelöscht.
~ War dieser Artikel hilfreich?
~ Ja   Nein
~ Verwandte Artikel
~ Persona-Datei importieren
~ Antwortlänge einstellen
