site: Regionale Tageszeitung, Lokalteil (www.auetaler-bote.example)
kind: local-news
archive_kind: article
language: de
note: "a German regional paper's local page: the edition picker and weather in the header, the town's name as the kicker, the dateline with its time alone under the deck, the reading time, the image credit, the share row, the comment teaser, more local headlines with their towns between the text and the footer"
---
~ Zum Inhalt springen
~ Auetaler Bote
~ Ausgabe wählen: Auetal · Lindenberg · Kreis
~ Heute 4 °C, bedeckt
~ Abo
~ Anmelden
~ Lokales › Lindenberg
~ Lindenberg
= Stadtbücherei testet Chat-Assistenten, der auch „weiß ich nicht“ sagt
Seit Montag beantwortet ein Sprachprogramm Fragen zu Öffnungszeiten und Ausleihe. Das Team hat ihm vor allem eines beigebracht: ehrlich zu bleiben.
@ Von Jana Pohl
~ 04.12.2026, 17:32 Uhr
~ Lesezeit: 3 Min.
~ Foto: Jana Pohl
Wer auf der Internetseite der Stadtbücherei eine Frage stellt, bekommt seit dieser Woche zuerst eine Antwort vom Computer. Der Assistent kennt die Öffnungszeiten, die Gebühren und den Bestand.
„Wir wollten keinen Assistenten, der immer irgendetwas sagt“, erklärt Büchereileiterin Ute Brandes. Wenn das Programm eine Frage nicht sicher beantworten kann, verweist es an das Team am Ausleihtresen.
Die ersten Rückmeldungen seien freundlich, sagt Brandes. Eine Leserin habe sich bedankt, weil der Assistent offen zugegeben habe, ein bestimmtes Kochbuch nicht zu finden.
Der Test läuft bis Ende März. Danach entscheidet der Kulturausschuss, ob die Stadt das Angebot dauerhaft finanziert.
~ Artikel teilen
~ Facebook   WhatsApp   E-Mail
~ Kommentare (3)
~ Mehr aus Lindenberg
~ Lindenberg
~ Weihnachtsmarkt öffnet mit neuer Radstation
~ Auetal
~ Imker laden zum Honigtag in die Grundschule
~ Kreis
~ Buslinie 12 fährt ab Januar im Halbstundentakt
~ Impressum   Datenschutz   AGB   Kontakt
