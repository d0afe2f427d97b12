site: Hungarian news site
kind: news-article
archive_kind: article
language: hu
note: "a Hungarian skip link, the site's name, the menu, the section label, the headline, the author label and the date with the Hungarian month; share buttons and recommended articles after"
---
~ Ugrás a tartalomra
~ Hírmondó
~ Belföld
~ Külföld
~ Gazdaság
~ Tech
~ Tech
= Udvariasabb lett a bank csevegőrobotja, kevesebb a panasz
~ Szerző: Kovács Anna
~ 2025. március 4. 10:30
Egy hazai bank átírta ügyfélszolgálati csevegőrobotjának válaszait, miután sokan nyersnek találták a hangnemét.
Az új változat köszön, röviden összefoglalja a kérdést, és ha nem tud segíteni, felajánlja, hogy ügyintézőhöz kapcsol.
A bank szerint a panaszok száma egy hónap alatt harmadával csökkent.
~ Megosztás
~ Ajánlott cikkek
