site: German news magazine (Nachrichtenblick)
kind: news-article
archive_kind: article
language: de
note: the quoted statement was stored through a cp1252 decode
---
~ Zum Inhalt springen
~ Menü
~ Suche
~ Anmelden
~ Netzwelt
= Wenn der Chatbot widerspricht
Warum manche Firmen ihren KI-Assistenten beibringen, Nutzern öfter zu widersprechen.
@ Von Lena Hartwig
~ 19.09.2024, 17.45 Uhr
~ • aus DER NACHRICHTENBLICK 39/2024
~ Artikel zum Hören • 5 Min
~ Zur Merkliste hinzufügen
Lange galt bei KI-Assistenten ein einfaches Prinzip: Der Nutzer hat recht. Doch genau das führe zu Problemen, sagen inzwischen mehrere Entwickler.
Ein Assistent, der jeder Behauptung zustimmt, verstärke Irrtümer, statt sie zu korrigieren. Deshalb trainieren einige Firmen ihre Modelle nun darauf, höflich, aber bestimmt zu widersprechen.
[[cp1252:„Widerspruch ist keine Unhöflichkeit“, sagt eine Entwicklerin. „Er ist oft die hilfreichste Antwort, die man geben kann.“]]
~ Mehr zum Thema
~ Feedback
~ Artikel verschenken
~ Facebook
~ X.com
~ E-Mail
~ Impressum
~ Datenschutz
