site: Hungarian news site (Alföldi Hírek)
kind: news-article
archive_kind: article
language: hu
note: "a Hungarian skip link, the site's name, its menu, a date line with the Hungarian month and weekday, the section, then the headline and lead"
---
~ Ugrás a tartalomra
~ Alföldi Hírek
~ Címlap
~ Belföld
~ Tech
~ Belépés
~ 2025. március 4., kedd 08:15
~ Tech
= Udvariasabb lett a városi ügyfélszolgálat chatbotja
A polgármesteri hivatal átírta a digitális asszisztens utasításait, miután sok panasz érkezett a rideg válaszokra.
A chatbot eddig pontos, de nagyon szűkszavú válaszokat adott. Most köszön, és ha nem tud segíteni, felajánlja, hogy ügyintézőhöz kapcsolja a lakost.
A hivatal szerint az első héten jelentősen csökkent a panaszok száma.
~ Megosztás
~ Kapcsolódó cikkek
