site: "Appvélemény (hu)"
kind: product-reviews
archive_kind: article
language: hu
note: "an app's user reviews: one-word and one-line verdicts (\"Igen.\", \"Kiváló!\", \"5 csillag.\"), a reviewer's own list of pros without full stops, a reply said twice on purpose, a line of numbers a reviewer typed, emoji-only replies and a sentence quoted in the featured-review box above are the reviewers' own words; the star lines, helpfulness buttons, counts, sort menu and footer are chrome"
---
~ Ugrás a tartalomra
~ Kezdőlap › Alkalmazások › Beszélgetés
= Csevegő Társ – felhasználói vélemények
~ 4,3 ★ · 212 értékelés
~ Értékelés írása
~ Kiemelt vélemény
+ „Ritkán hízeleg, és ezt szeretem benne.”
~ Összes vélemény megtekintése
~ Rendezés: Leghasznosabb
@ Fekete Júlia
~ ★★★★★
~ 2026. december 1.
Ritkán hízeleg, és ezt szeretem benne.
Megkérdeztem, jó-e a kenyérreceptem, és őszintén megmondta, hogy túl kevés benne a só.
Kiváló!
~ 14 ember találta hasznosnak
~ Hasznos   Nem hasznos   Jelentés
@ Szabó Márton
~ ★★★★☆
~ 2026. november 29.
Pozitívumok:
gyors válaszok
udvarias hangnem
nem talál ki adatokat
Negatívumok:
néha túl hosszú
Igen.
Igen.
~ 3 ember találta hasznosnak
~ Hasznos   Nem hasznos   Jelentés
@ Varga Dóra
~ ★★★☆☆
~ 2026. november 20.
Megkérdeztem tőle, hány kilométert tekertem a héten: 12, 18, 25, 40.
12 18 25 40
Összeadta és kiszámolta az átlagot is.
👍👍
~ 1 ember találta hasznosnak
~ Hasznos   Nem hasznos   Jelentés
~ A fejlesztő válasza
Köszönjük a visszajelzést, a hosszú válaszokon dolgozunk.
@ Kiss Bence
~ ★★★★★
~ 2026. november 12.
5 csillag.
Kapcsolat
Ezt a szót írtam be első kérdésnek, és elmagyarázta, mit jelent a kapcsolat egy gépnek.
~ 0 ember találta hasznosnak
~ Hasznos   Nem hasznos   Jelentés
~ Előző   1   2   3   Következő
~ Kapcsolat   Adatvédelem   ÁSZF
~ © 2026 Appvélemény
