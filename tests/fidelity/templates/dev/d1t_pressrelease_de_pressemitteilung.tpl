site: "Stadtwerke Lindental (stadtwerke-lindental.example.de)"
kind: press-release
archive_kind: article
language: de
title: "Stadtwerke geben ihrem Kundendienst-Assistenten klare Grenzen"
note: "a German utility's press release: the tab title with the company's name, the header menu, the label 'Pressemitteilung' and the date over the headline, a subtitle (content), the dateline that opens the first paragraph (content), a quote, the boilerplate 'Über die Stadtwerke' (content), the media contact block and the download links (chrome)"
---
~ Stadtwerke geben ihrem Kundendienst-Assistenten klare Grenzen - Stadtwerke Lindental
~ STADTWERKE LINDENTAL
~ Privatkunden   Geschäftskunden   Unternehmen   Presse
~ Presse › Pressemitteilungen
~ Pressemitteilung
~ 04.12.2026
= Stadtwerke geben ihrem Kundendienst-Assistenten klare Grenzen
Der digitale Assistent beantwortet künftig nur noch Fragen, zu denen er verlässliche Daten hat.
Lindental, 4. Dezember 2026. Die Stadtwerke Lindental stellen ihren digitalen Assistenten auf der Website um.
Bisher versuchte der Assistent, jede Frage zu beantworten, auch zu Themen wie Steuern oder Mietrecht.
Künftig sagt er offen, wenn eine Frage nicht in seinen Bereich fällt, und nennt eine passende Stelle.
„Ein Assistent, der freundlich zugibt, was er nicht weiß, ist uns lieber als einer, der alles weiß“, sagt Kundendienstleiterin Petra Hansen.
Über die Stadtwerke Lindental: Die Stadtwerke versorgen rund 40.000 Haushalte mit Strom, Wasser und Wärme.
~ Pressekontakt:
~ Jonas Weber
~ Telefon: 07123 45678-90
~ presse@stadtwerke-lindental.example.de
~ Pressemitteilung als PDF herunterladen
~ Pressefoto herunterladen (JPG, 2 MB)
~ Impressum   Datenschutz   Kontakt
