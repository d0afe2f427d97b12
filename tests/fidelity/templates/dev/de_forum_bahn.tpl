site: German forum (Pendlerforum)
kind: forum-thread
language: de
---
~ Foren
~ Neue Beiträge
~ Anmelden
~ Registrieren
~ Foren › Alltag › Pendeln
= Mit dem Klapprad im Regionalzug – Erfahrungen?
@ pendel_paul
~ 12. März 2024
~ #1
Ich überlege, für die letzten drei Kilometer zur Arbeit ein Klapprad zu kaufen. Wie sind eure Erfahrungen im vollen Regionalzug? Wird man da schief angeschaut?
~ Zitieren
~ Gefällt mir
@ radlerin_78
~ 12. März 2024
~ #2
Ich mache das seit zwei Jahren. Zusammengeklappt nimmt es kaum mehr Platz weg als ein Koffer, und niemand hat sich je beschwert.
Wichtig ist nur, dass man es wirklich schnell zusammenklappen kann. Modelle, bei denen das länger als eine halbe Minute dauert, nerven im Berufsverkehr.
~ Zitieren
~ Gefällt mir
~ 4
@ pendel_paul
~ 13. März 2024
~ #3
Danke, das hilft mir sehr. Dann schaue ich mir am Wochenende ein paar Modelle an.
~ Zitieren
~ Gefällt mir
~ Zum Antworten bitte anmelden
~ Teilen:
~ Facebook
~ WhatsApp
~ Link
