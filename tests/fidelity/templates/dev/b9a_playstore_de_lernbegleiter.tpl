site: "Google Play (Deutschland), die Seite einer App mit ihren Rezensionen"
kind: app-reviews
archive_kind: other
language: de
note: "a store's app page in German: the developer's name under the title, the ads and in-app badges, the rating and download figures, install buttons, the section headings, each review's stars with its date, the helpfulness count and question, the developer's reply"
---
~ Google Play
~ Spiele   Apps   Filme & Serien   Bücher   Kinder
= Lernbegleiter Eule: Hausaufgabenhilfe
~ Wiesengrund Software GmbH
~ Enthält Werbung
~ In-App-Käufe
~ 4,3 star
~ 2.140 Rezensionen
~ 50.000+
~ Downloads
~ USK ab 0 Jahren
~ Installieren
~ Teilen
~ Auf die Wunschliste
~ Über diese App
Die Eule erklärt Matheaufgaben Schritt für Schritt und fragt nach, was schon verstanden wurde. Sie verrät nicht einfach die Lösung, sondern gibt Hinweise.
~ Datensicherheit
~ Bewertungen und Rezensionen
~ Bewertungen und Rezensionen werden überprüft
~ Relevanteste
@ Lukas Meier
~ ★★★★★ 1. Dezember 2026
Meine Tochter mag, dass die Eule ehrlich sagt, wenn sie eine Aufgabe falsch verstanden hat. Das macht sie glaubwürdig.
~ 22 Personen fanden diese Rezension hilfreich
~ War das hilfreich?
~ Ja   Nein
@ Petra Schulz
~ ★★☆☆☆ 27. November 2026
Die Erklärungen sind gut, aber die Werbung nach jeder dritten Aufgabe stört beim Lernen sehr.
~ 9 Personen fanden diese Rezension hilfreich
~ War das hilfreich?
~ Ja   Nein
@ Wiesengrund Software GmbH
~ 28. November 2026
Danke für die Rückmeldung. In der nächsten Version erscheint Werbung höchstens einmal pro Lerneinheit.
~ Alle Rezensionen ansehen
~ Neue Funktionen
Bruchrechnen mit Bildern und eine ruhigere Stimme beim Vorlesen.
~ App-Support
~ Ähnliche Apps
~ Google Play   Datenschutzerklärung   Nutzungsbedingungen   Deutschland (Deutsch)
