site: Dutch regional news site (Omroep Rivierenland-style)
kind: news-article
archive_kind: article
language: nl
note: "a Dutch skip link, the broadcaster's name and menu, the headline, then an abbreviated date line ('di 4 mrt 2025, 08:15'), 'Aangepast' and the reading time"
---
~ Ga naar de inhoud
~ Omroep Lingewaard
~ Nieuws
~ Sport
~ Uitzending gemist
~ Inloggen
= Gemeente geeft chatbot een eigen naam: 'Bram' helpt nu met afvalvragen
~ di 4 mrt 2025, 08:15
~ Aangepast di 4 mrt 2025, 09:02
~ 2 min leestijd
De gemeente Lingewaard heeft haar digitale assistent een naam en een eigen toon gegeven. Bram beantwoordt vragen over afvalinzameling en grofvuil.
Volgens de gemeente werd de oude chatbot vaak genegeerd. Met een vriendelijker karakter hopen ambtenaren dat inwoners hem vaker gebruiken.
Een woordvoerder benadrukt dat Bram geen mens is en dat ook zelf zegt als iemand ernaar vraagt.
~ Deel dit artikel
~ Meer nieuws
