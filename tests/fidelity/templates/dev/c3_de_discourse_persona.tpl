site: German Discourse forum (KI-Stammtisch)
kind: forum-thread
archive_kind: forum-thread
language: de
title: Wie stabil ist die Persönlichkeit eines Sprachmodells?
note: 'Discourse in German as a crawler view — skip link, log-in buttons, category crumbs, per post author (metadata) and date, like counters with the German quote marks, "Antworten", the suggested topics table head, the Discourse credit'
---
~ Zum Hauptinhalt springen
~ Registrieren
~ Anmelden
~ Allgemein
~ Modelle
= Wie stabil ist die Persönlichkeit eines Sprachmodells?
@ jana.k
~ 4. März 2025, 19:02
Ich teste seit einer Woche, ob ein Modell über lange Gespräche dieselbe Persönlichkeit behält. Nach etwa 40 Nachrichten wird es auffällig nachgiebiger.
Hat jemand ähnliche Beobachtungen gemacht?
~ 2 „Gefällt mir“
@ mattes
~ 4. März 2025, 20:15
Ja, bei uns ab ungefähr derselben Länge. Antworten werden dann kürzer und zustimmender.
Wir wiederholen deshalb alle 30 Nachrichten eine kurze Beschreibung der Rolle.
~ 1 „Gefällt mir“
~ Antworten
~ Ähnliche Themen
~ Thema
~ Antworten
~ Aufrufe
~ Aktivität
~ Rollenbeschreibung im Systemprompt: wie lang?
~ Powered by Discourse, best viewed with JavaScript enabled
