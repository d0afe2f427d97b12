site: Dutch news site (Het Noorderblad)
kind: news-article
archive_kind: article
language: nl
note: "a login row, the site's name, the rubric and a two-word kicker over the headline; the intro under it ends with a full stop"
---
~ Inloggen  Abonneren
~ Het Noorderblad
~ Tech
~ Kunstmatige intelligentie en de overheid
= Gemeente laat chatbot voortaan zeggen dat hij geen mens is
De digitale assistent van de gemeente stelt zich bij elk gesprek eerst voor als programma.
~ 06-03-2025, 11:05
Inwoners vroegen vaak of ze met een ambtenaar spraken. Volgens de gemeente zorgde die onduidelijkheid voor wantrouwen, ook als de antwoorden klopten.
De nieuwe openingszin is kort en zakelijk. Daarna gaat het gesprek verder zoals voorheen, met een knop om een medewerker te spreken.
~ Deel dit artikel
