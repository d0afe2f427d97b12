site: German tech news (technikticker.de)
kind: news-article
archive_kind: article
language: de
---
~ Zum Inhalt springen
~ Newsticker
~ Tests
~ Ratgeber
~ Abo
~ Anmelden
~ Anzeige
= KI-Assistenten: Forscher messen, wie stabil die „Persönlichkeit“ bleibt
Eine Studie zeigt, dass Sprachmodelle ihren Ton unter Druck ändern – manche stärker als andere.
~ 08.05.2024, 11:32 Uhr
~ Lesezeit: 3 Min.
@ Von Katrin Vogel
Ein Forschungsteam hat untersucht, wie stark sich das Auftreten von KI-Assistenten verändert, wenn Nutzer sie unter Druck setzen. Dazu führten die Forschenden mehr als tausend Gespräche mit sechs Modellen.
In jedem Gespräch versuchten sie zunächst, das Modell zu einer schnippischen oder unfreundlichen Antwort zu bewegen. Anschließend prüften sie, ob das Modell danach wieder zu seinem gewohnten Ton zurückfand.
Die Ergebnisse fielen deutlich unterschiedlich aus. Während einige Modelle schon nach zwei Antworten wieder freundlich und sachlich wurden, blieben andere bis zum Ende des Gesprächs gereizt.
Die Autoren sehen darin ein Sicherheitsthema: Ein Assistent, dessen Charakter sich leicht verschieben lässt, lasse sich womöglich auch leichter zu problematischen Aussagen bringen.
~ Mehr zum Thema
~ Sprachmodelle: Warum Chatbots so oft zustimmen
~ Kommentare lesen (47)
~ Artikel teilen
~ Drucken
~ Zur Startseite
~ Impressum
~ Datenschutz
~ Cookies & Tracking
