site: "Local news site (kiezblatt.example.de)"
kind: news-article
archive_kind: article
language: de
title: "Der Chatbot im Bürgeramt bekommt eine eigene Stimme"
note: "header band of menu words and section labels between removed chrome; footer with link columns, address and language picker; a quoted one-word reply stays."
---
~ Zum Inhalt springen
~ Kiezblatt
~ Lokales aus dem Norden
~ Menü
~ Bezirk
~ Kultur
~ Kiezleben
~ Wetter 7°
~ Suche
~ Anmelden
~ Bezirk › Verwaltung
= Der Chatbot im Bürgeramt bekommt eine eigene Stimme
Seit März beantwortet ein digitaler Assistent Fragen zu Terminen und Anträgen. Nun soll er freundlicher klingen, ohne mehr zu versprechen.
@ Von Katrin Ahlers
~ 12.03.2026, 08:40 Uhr
~ Lesezeit: 3 Minuten
Wer im Bezirksamt einen neuen Ausweis beantragen will, landet seit einigen Wochen zuerst bei einem Chatbot. Er nennt freie Termine, erklärt die nötigen Unterlagen und verweist bei schwierigen Fällen an die Sachbearbeiter.
Viele Nutzer fanden seine Antworten bisher zu knapp. Deshalb hat das Amt gemeinsam mit einer Agentur einen Charakter für den Assistenten entworfen.
Ruhig, geduldig, ehrlich
So beschreibt die Projektleiterin die drei Eigenschaften, die der Bot zeigen soll. Er darf höflich sein, aber er darf nichts zusagen, was das Amt nicht halten kann.
„Wenn ein Termin nicht frei ist, soll er das klar sagen und nicht um den heißen Brei herumreden“, erklärt sie.
Bei einem Test fragte eine Seniorin den Bot, ob er ein Mensch sei. Seine Antwort war kurz:
„Nein.“
Danach erklärte er, dass er ein Programm sei und wann die Sprechstunde am Schalter beginnt. Die Frau war zufrieden.
~ Teilen
~ Drucken
~ Mehr aus dem Bezirk
~ Neue Radwege an der Kanalstraße
~ Wochenmarkt zieht um
~ Newsletter abonnieren
~ Kiezblatt
~ Über uns
~ Redaktion
~ Mediadaten
~ Impressum
~ Datenschutz
~ Hafenweg 12, 13347 Berlin
~ Deutsch | English | Türkçe
~ © 2026 Kiezblatt Medien GmbH
