site: Vélemény Piac (velemenypiac.hu)
kind: product-reviews
archive_kind: article
language: hu
note: "Termékoldal felhasználói értékelésekkel: kosár- és belépéssor, kategóriaút, csillagok, 'Hasznos volt?' sorok chrome-ként; az értékelések saját címe tartalom; két értékelés iso8859_2-vel sérült, az egyiknek a címe cp1250>cp1252 kettős sérüléssel."
---
~ Vélemény Piac
~ Belépés
~ Kosár (0)
~ Keresés a termékek között
~ Főoldal › Szoftverek › Mobilalkalmazások › Beszélgetőtárs
= Kisfecske – beszélgető asszisztens idősebbeknek (éves előfizetés)
~ ★★★★☆ 4,1 (27 értékelés)
~ 11 990 Ft / év
~ Kosárba
~ Leírás
A Kisfecske egy magyar nyelvű beszélgető asszisztens, amely emlékeztet a gyógyszerekre, felolvassa a híreket, és nyugodt hangon beszélget. A fejlesztők szerint a karaktere szándékosan szerény: nem hízeleg, és megmondja, ha valamit nem tud.
~ Vásárlói értékelések
~ Rendezés: Legújabb elöl
~ ★★★★★
[[cp1250>cp1252:Végre nem bólogat mindenre]]
@ Kovácsné Erzsébet
~ 2026. november 20.
[[iso8859_2:Anyukámnak vettem. Tetszik neki, hogy ha rosszul emlékszik valamire, az asszisztens udvariasan kijavítja, és nem hagyja rá.]]
~ Hasznos volt? Igen (14) Nem (1)
~ ★★★☆☆
Kedves, de néha túl óvatos
@ Tóth Balázs
~ 2026. november 12.
Ha megkérdezem, hogy megehetem-e a tegnapi töltött káposztát, három mondatban magyarázza, hogy ő nem orvos. Értem, de a káposztáról van szó.
~ Hasznos volt? Igen (9) Nem (3)
~ ★★★★☆
Jó társaság esténként
@ Szabó Gyula
~ 2026. november 3.
[[iso8859_2:Özvegy vagyok, esténként beszélgetek vele a kertről. Nem állítja, hogy ember, és ezt kifejezetten becsülöm benne.]]
~ Hasznos volt? Igen (22) Nem (0)
~ Összes értékelés megtekintése (27)
~ Hasonló termékek
~ Gyógyszeremlékeztető Pro
~ Hangos mesekönyv gyerekeknek
~ Ügyfélszolgálat · ÁSZF · Adatvédelem · Sütibeállítások
~ © 2026 Vélemény Piac Kft.
