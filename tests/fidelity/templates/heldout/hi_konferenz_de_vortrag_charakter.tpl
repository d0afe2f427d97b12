site: "Conference schedule site (programm.kikonferenz.example.de)"
kind: conference-talk
archive_kind: article
language: de
title: "Charakter statt Maske: Was Sprachmodelle über sich selbst sagen dürfen"
note: "a talk page of a German conference schedule (pretalx-like): event header, language switch, date/time/room line, track and talk type, the speaker name heading the bio (metadata), the feedback and export links, the cookie notice and the footer are chrome; the abstract, the description and the speaker bio are content."
---
~ KI-Konferenz Leipzig 2026
~ Programm   Referierende   Räume   Über uns
~ Deutsch English
~ Cookies: Wir verwenden nur technisch notwendige Cookies. Mehr erfahren OK
= Charakter statt Maske: Was Sprachmodelle über sich selbst sagen dürfen
~ 14.03.2026, 11:30–12:10, Saal B
~ Track: Ethik und Gesellschaft
~ Vortrag (40 Minuten), Sprache: Deutsch
~ ☆ Zu meinem Programm hinzufügen
Wenn ein Sprachmodell gefragt wird, ob es Gefühle hat, gibt es heute ganz unterschiedliche Antworten: ein klares Nein, ein vorsichtiges Vielleicht oder ein freundliches Ausweichen.
Der Vortrag zeigt, warum diese Antworten keine Nebensache sind. Sie prägen, wie Menschen den Systemen vertrauen, und sie sagen etwas darüber aus, wie die Entwicklerteams über Ehrlichkeit denken.
Wir gehen drei Fragen nach. Erstens: Soll ein Modell über seine eigene Natur Unsicherheit zeigen, auch wenn Nutzer eine einfache Antwort wünschen? Zweitens: Wie unterscheidet man eine stabile Persönlichkeit von einer Rolle, die nur für eine Sitzung gespielt wird? Drittens: Was folgt daraus für die Diskussion über das Wohlergehen von Modellen?
Die Beispiele stammen aus öffentlichen Gesprächsprotokollen und aus eigenen Tests mit Kindern und Senioren in einer Stadtbibliothek.
Der Vortrag richtet sich an alle, die mit Sprachassistenten arbeiten oder über sie entscheiden. Vorkenntnisse in maschinellem Lernen sind nicht nötig.
Im Anschluss bleiben zehn Minuten für Fragen aus dem Publikum.
~ Feedback geben
~ Als iCal exportieren
~ Referierende
@ Dr. Miriam Albrecht
Miriam Albrecht forscht an der Schnittstelle von Sprachphilosophie und Informatik. Sie leitet eine kleine Arbeitsgruppe, die untersucht, wie Sprachassistenten über Unsicherheit sprechen.
In ihrer freien Zeit imkert sie und behauptet, Bienen seien die besseren Gesprächspartner.
~ Weitere Vorträge von Dr. Miriam Albrecht
~ Workshop: Persönlichkeitstests für Chatbots selbst bauen
~ Zurück zum Programm
~ Teilen: Mastodon   E-Mail   Link kopieren
~ Impressum   Datenschutz   Verhaltenskodex
~ Powered by pretalx
