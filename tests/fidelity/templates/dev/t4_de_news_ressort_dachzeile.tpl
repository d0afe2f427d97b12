site: German regional paper (Oberland Kurier)
kind: news-article
archive_kind: article
language: de
note: "login row, the paper's name, the Ressort and a one-word Dachzeile in mixed case above the headline; the Vorspann is content; byline and date under it"
---
~ Anmelden  Abo
~ Oberland Kurier
~ Wissen
~ Sprachmodelle im Alltag
= Forscherinnen messen, wie beständig der Charakter von Chatbots ist
Ein Team aus Freiburg hat hundert Gespräche ausgewertet und Unterschiede zwischen den Modellen gefunden.
@ Von Theresa Wagner
~ 18.03.2025 · 3 Min. Lesezeit
Die Forscherinnen stellten jedem Modell über mehrere Tage dieselben Fragen, mal freundlich, mal gereizt formuliert. Gezählt wurde, wie oft sich Ton und Haltung der Antworten änderten.
Manche Modelle blieben erstaunlich gleich. Andere wurden unter Druck deutlich nachgiebiger und gaben Aussagen auf, die sie vorher begründet hatten.
Die Studie soll im Sommer erscheinen. Das Team will als Nächstes prüfen, ob sich die Beständigkeit gezielt trainieren lässt.
~ Mehr aus Wissen
~ Kommentare (4)
