site: "Online shop product page (shop.example.de)"
kind: product-reviews
archive_kind: article
language: de
title: "Küchenhelfer Mira – Sprachassistent für die Küche mit Rezeptbegleitung und Timer, Weiß"
note: "shop product page: the product name is the title line; price, delivery, cart and star widgets are chrome; the seller's description bullets and each customer review (heading and text) are content; reviewer names are metadata; 'Rezension aus Deutschland vom …', 'Verifizierter Kauf' and helpful counters are chrome."
---
~ Zum Hauptinhalt wechseln
~ Liefern an Leipzig 04109 Standort aktualisieren
~ Alle Kategorien Suche Anmelden Konten und Listen Warenrückgabe und Bestellungen Einkaufswagen
~ Wir verwenden Cookies und ähnliche Tools, um Ihr Einkaufserlebnis zu verbessern. Cookies akzeptieren Ablehnen Anpassen
~ Elektronik & Foto › Smart Home › Sprachassistenten
= Küchenhelfer Mira – Sprachassistent für die Küche mit Rezeptbegleitung und Timer, Weiß
~ Marke: Mira Home
~ 4,1 von 5 Sternen 1.284 Sternebewertungen
~ 89,99 €
~ Alle Preisangaben inkl. USt
~ GRATIS Lieferung Freitag, 13. März
~ Auf Lager
~ In den Einkaufswagen
~ Jetzt kaufen
~ Über diesen Artikel
Begleitet Sie Schritt für Schritt durch Rezepte und wartet, bis Sie mit dem nächsten Arbeitsschritt fertig sind.
Mehrere Timer gleichzeitig, jeweils mit eigenem Namen, damit der Reis nicht mit den Nudeln verwechselt wird.
Einstellbarer Gesprächsstil: von knapp und sachlich bis ausführlich erklärend.
Funktioniert mit nassen oder mehligen Händen, ganz ohne Bildschirm.
~ › Weitere Produktdetails anzeigen
~ Kunden, die diesen Artikel angesehen haben, haben auch angesehen
~ Silikon-Schaber 3er Set 4,5 von 5 Sternen 9,99 €
~ Digitale Küchenwaage 4,6 von 5 Sternen 14,49 €
~ Kundenrezensionen
~ 4,1 von 5
~ 5 Sterne 52 %
~ 4 Sterne 24 %
~ 3 Sterne 11 %
~ 2 Sterne 5 %
~ 1 Stern 8 %
~ Spitzenrezensionen aus Deutschland
@ Jutta K.
~ 5,0 von 5 Sternen
Endlich jemand, der beim Kochen nicht drängelt
~ Rezension aus Deutschland vom 2. Februar 2026
~ Farbe: Weiß | Verifizierter Kauf
Ich koche seit Jahren nach Zetteln, die am Ende voller Fettflecken sind. Mira liest mir das Rezept vor und wartet tatsächlich, bis ich „weiter“ sage.
Besonders gefällt mir, dass sie nicht so tut, als wüsste sie alles. Als ich fragte, ob ich Buttermilch durch Joghurt ersetzen kann, sagte sie, das gehe meistens, der Teig werde aber etwas fester.
~ 47 Personen fanden diese Informationen hilfreich
~ Hilfreich Melden
@ Bernd_aus_Halle
~ 3,0 von 5 Sternen
Gut durchdacht, aber anfangs viel zu gesprächig
~ Rezension aus Deutschland vom 18. Januar 2026
~ Farbe: Weiß | Verifizierter Kauf
In der Werkseinstellung kommentiert das Gerät jeden Handgriff und lobt mich für Dinge wie Zwiebelschneiden. Das war mir zu viel.
Nach der Umstellung auf den knappen Stil ist es deutlich besser. Trotzdem finde ich, dass die freundliche Grundhaltung nicht in Schmeichelei umschlagen sollte, und das tut sie in der Standardeinstellung manchmal.
~ 21 Personen fanden diese Informationen hilfreich
~ Hilfreich Melden
@ Selin
~ 4,0 von 5 Sternen
Ehrlich bei Allergenen, das zählt für mich
~ Rezension aus Deutschland vom 29. Januar 2026
~ Farbe: Weiß | Verifizierter Kauf
Mein Sohn hat eine Nussallergie. Ich habe absichtlich nach einem Kuchen gefragt, der „sicher nussfrei“ ist, und Mira hat klar gesagt, dass sie die Zutaten meiner Packungen nicht kennt und ich die Etiketten prüfen muss.
Manche finden so etwas übervorsichtig. Ich finde es genau richtig.
~ 33 Personen fanden diese Informationen hilfreich
~ Hilfreich Melden
@ M. Hoffmann
~ 1,0 von 5 Sternen
Versteht mich mit laufender Dunstabzugshaube nicht
~ Rezension aus Deutschland vom 7. Februar 2026
~ Farbe: Weiß | Verifizierter Kauf
Sobald die Haube auf Stufe drei läuft, hört das Gerät praktisch nichts mehr. Was nützt der netteste Charakter, wenn man alles dreimal rufen muss?
~ 9 Personen fanden diese Informationen hilfreich
~ Hilfreich Melden
~ Alle Rezensionen anzeigen
~ Kundenrezension verfassen
~ Zurück zum Seitenanfang
~ Über uns Karriere Presse Hilfe Rücksendungen Versand & Preise
~ Impressum Datenschutzerklärung Cookie-Einstellungen AGB
~ © 2026 Shop Example GmbH
