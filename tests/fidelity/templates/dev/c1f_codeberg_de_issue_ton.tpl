site: "Codeberg (Forgejo, German interface)"
kind: forgejo-issue
archive_kind: forum-thread
language: de
note: "an issue on a Forgejo code host in the German interface: the site's menu, the repository tabs with counts, the state and 'eröffnete … vor … · N Kommentare' line, each comment's 'kommentierte vor …' header (the author heading it is metadata), the role badges, the event lines, the sidebar and the host's footer"
---
~ Codeberg
~ Erkunden
~ Hilfe
~ Registrieren
~ Anmelden
~ kaffeerunde / umgangston-bot
~ Code
~ Issues 7
~ Pull-Requests 2
~ Aktivität
~ Wiki
= Der Bot entschuldigt sich zu oft
~ #18
~ Offen
~ mirja eröffnete vor 5 Tagen · 3 Kommentare
@ mirja
~ kommentierte vor 5 Tagen
In unserem Vereinschat entschuldigt sich der Bot in fast jeder Antwort, auch wenn gar nichts schiefgelaufen ist.
Das wirkt unterwürfig und passt nicht zu der gelassenen Art, die wir in der Beschreibung festgelegt haben.
@ jost
~ kommentierte vor 4 Tagen
~ Mitarbeiter
Ich habe die Beschreibung gelesen: Dort steht „höflich und rücksichtsvoll“, das liest das Modell offenbar als Einladung zu Entschuldigungen.
Vorschlag: ausdrücklich schreiben, dass eine Entschuldigung nur nach einem echten Fehler kommt.
~ jost hat das Label Verhalten vor 4 Tagen hinzugefügt
@ mirja
~ kommentierte vor 3 Tagen
~ Besitzer
Habe ich so übernommen, seitdem ist es deutlich ruhiger.
~ Melde dich an, um an der Diskussion teilzunehmen.
~ Labels
~ Verhalten
~ Kein Meilenstein
~ Keine Projekte
~ Niemand zuständig
~ 2 Beteiligte
~ Benachrichtigungen
~ Fällig am
~ Kein Fälligkeitsdatum gesetzt.
~ Abhängigkeiten
~ Keine Abhängigkeiten gesetzt.
~ Codeberg e.V.
~ Impressum
~ Datenschutz
~ Spenden
~ Betrieben von Forgejo
