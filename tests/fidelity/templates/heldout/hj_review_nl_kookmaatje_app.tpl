site: "Appwijzer (review site, appwijzer.example.nl)"
kind: review-site
archive_kind: article
language: nl
note: "a Dutch app review site: cookie banner, the site's menu and search, the breadcrumb, the review's title and deck (content), the reviewer line (metadata), date, the score box and spec table, 'Pluspunten'/'Minpunten' headings with their short items (content), the verdict, the helpfulness vote, the readers' reviews (name and town as metadata, stars, dates and 'Lees meer' chrome), the related list and the footer"
---
~ Wij gebruiken cookies om de site goed te laten werken en om advertenties te tonen. Lees meer in ons cookiebeleid.
~ Alles accepteren   Instellingen
~ Appwijzer
~ Nieuws   Reviews   Vergelijken   Tips   Zoeken
~ Home › Reviews › Apps › Koken
= Review: Kookmaatje, een kookassistent met een eigen karakter
Kookmaatje helpt je bij het koken met een AI-assistent die praat als een nuchtere oom uit Brabant. Werkt dat, of gaat het vervelen?
@ Door Sanne de Vries
~ 1 december 2026, 10:15
~ Eindcijfer
~ 7,8
~ Platform: iOS en Android
~ Prijs: gratis, Plus-abonnement € 3,99 per maand
~ Versie getest: 4.2.1
De meeste kookapps zijn vooral lijsten met recepten. Kookmaatje probeert iets anders: je kookt samen met een assistent die je stap voor stap door het recept praat.
De makers hebben die assistent een duidelijk karakter gegeven. Hij is droog, een beetje plagerig en houdt niet van onnodige franje.
Dat karakter blijkt meer te zijn dan een grapje. Toen ik vroeg of ik de bloem voor een roux kon vervangen door maizena, zei hij eerlijk dat het kan, maar dat de saus dan anders wordt, en legde hij uit waarom.
Minder overtuigend was het moment waarop hij drie keer achter elkaar dezelfde grap over spruitjes maakte. Na een week koken ga je zulke herhalingen echt opmerken.
Pluspunten
eerlijk over vervangingen en fouten
past recepten goed aan op het aantal personen
spraakbediening werkt ook met natte handen
Minpunten
grappen gaan na een tijdje herhalen
karakter is niet uit te zetten
Ons oordeel
Kookmaatje is een van de prettigste kookapps die we hebben getest. Het eigen karakter maakt koken gezelliger, zolang de makers de herhalingen aanpakken.
~ Was deze review nuttig?   Ja (23)   Nee (2)
~ Reviews van lezers (2)
@ Pieter, Utrecht
~ ★★★★☆
~ 28 november 2026
Fijne app. Mijn dochter vindt de assistent grappig, ik vind vooral prettig dat hij zegt wanneer iets niet lukt.
@ Fatima, Rotterdam
~ ★★★☆☆
~ 30 november 2026
Handig, maar ik had graag een serieuzere stem gekozen. Niet iedereen wil een grappige oom in de keuken.
~ Lees meer reviews
~ Schrijf een review
~ Vergelijkbare apps
~ Smaakwijzer: receptenzoeker met boodschappenlijst
~ Pannenkoek Pro: bakken met een timer
~ Over Appwijzer   Adverteren   Privacy   Contact
~ © 2026 Appwijzer
