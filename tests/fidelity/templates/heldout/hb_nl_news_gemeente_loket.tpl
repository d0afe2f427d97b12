site: Dutch news site (nieuws.example.nl, NOS-style)
kind: news-article
archive_kind: article
language: nl
note: a "Lees ook" teaser sits between two paragraphs; one quote paragraph is doubled by the scrape; the lead under the headline is content
---
~ Ga direct naar de inhoud
~ Nieuws
~ Sport
~ Live
~ Zoeken
~ Menu
~ Tech
= Gemeente test AI-loket: 'Zeg het maar als je het niet snapt'
De gemeente Waterstee laat een half jaar lang een digitale assistent vragen van inwoners beantwoorden. Opvallend: het systeem moet toegeven wanneer het iets niet weet.
~ vandaag, 07:32
~ Aangepast vandaag, 09:15
~ Delen
Wie de website van de gemeente bezoekt, ziet sinds maandag rechtsonder een chatvenster. Daarin kunnen inwoners vragen stellen over afvalinzameling, parkeervergunningen en paspoorten.
Het verschil met eerdere chatbots zit volgens de gemeente in de toon. "We merkten dat mensen afhaken als een systeem te zeker van zichzelf klinkt", zegt een projectleider.
+^
Daarom is de assistent zo ingesteld dat hij bij twijfel doorverwijst naar een medewerker, in plaats van een antwoord te verzinnen.
~ Lees ook
~ Chatbot van energiebedrijf gaf klanten verkeerd advies over terugleverkosten
Niet iedereen is enthousiast. Een raadslid vraagt zich af of ouderen zonder computer niet achterblijven. De gemeente benadrukt dat het telefonische loket gewoon open blijft.
Na zes maanden wordt gekeken hoeveel vragen de assistent zelf kon afhandelen en hoe tevreden inwoners waren.
~ Bekijk meer over
~ Kunstmatige intelligentie
~ Gemeenten
~ Meer Tech-nieuws
~ Steeds meer bedrijven zetten taalmodellen in bij klantenservice
~ Privacyverklaring
~ Cookieverklaring
~ Over ons
