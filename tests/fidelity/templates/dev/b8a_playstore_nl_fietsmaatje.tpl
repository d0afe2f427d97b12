site: "Google Play (Nederland), an app's page with its reviews"
kind: app-reviews
archive_kind: other
language: nl
note: "a store's app page in Dutch: the app's facts and buttons, the reviews' filters; under each review the helpfulness count, the question and its answers; the developer's reply is content, its name and date are furniture"
---
~ Google Play
~ Games   Apps   Films en tv   Boeken   Kinderen
= Fietsmaatje: routes en reparatie
~ Spaak & Ketting B.V.
~ Bevat advertenties
~ 4,2 star
~ 3,1 K reviews
~ 100K+
~ Downloads
~ PEGI 3
~ Installeren
~ Delen
~ Toevoegen aan verlanglijst
~ Over deze app
Fietsmaatje helpt je een lekke band te plakken, een ketting te smeren en een rustige route naar je werk te vinden. De assistent in de app stelt eerst vragen voordat hij iets aanraadt.
~ Gegevensbeveiliging
~ Beoordelingen en reviews
~ Beoordelingen en reviews zijn geverifieerd
~ Meest relevant
~ Telefoon
~ Tablet
@ Sanne de Vries
~ ★★★★★ 2 december 2026
De assistent legde geduldig uit hoe ik mijn remblokjes moest vervangen. Toen ik een onderdeel verkeerd noemde, verbeterde hij me zonder betweterig te klinken.
~ 31 mensen vonden deze review nuttig
~ Vond je dit nuttig?
~ Ja   Nee
@ Joris Bakker
~ ★★☆☆☆ 28 november 2026
De routes zijn prima, maar de assistent geeft soms te lange antwoorden terwijl ik op de fiets zit. Een korte modus zou fijn zijn.
~ 12 mensen vonden deze review nuttig
~ Vond je dit nuttig?
~ Ja   Nee
@ Spaak & Ketting B.V.
~ 29 november 2026
Dank je voor je review, Joris. In de volgende versie kun je kiezen voor korte antwoorden tijdens het fietsen.
@ Fatima El Amrani
~ ★★★★☆ 20 november 2026
Handig voor beginners. Ik wist niet dat je een ketting niet met afwasmiddel moet schoonmaken.
~ 1 persoon vond deze review nuttig
~ Vond je dit nuttig?
~ Ja   Nee
~ Alle reviews bekijken
~ Wat is er nieuw
Nieuwe uitleg over tubeless banden en een rustiger toon in de reparatiehulp.
~ Contact met ontwikkelaar
~ Vergelijkbare apps
~ Google Play   Privacybeleid   Servicevoorwaarden   Nederland (Nederlands)
