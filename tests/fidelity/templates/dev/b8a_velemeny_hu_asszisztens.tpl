site: Hungarian product review site (Véleményváros)
kind: review-site
archive_kind: other
language: hu
title: Beszélgető asszisztens app vélemények
note: "a Hungarian review site's product page: the average score and counts, the filters, each review's stars, date, helpfulness question and counts, the report link, the write-a-review box; the reviews' titles and texts are content"
---
~ Véleményváros
= Beszélgető asszisztens app vélemények
~ 4,1 / 5
~ 128 értékelés alapján
~ Értékelés írása
~ Rendezés: Legújabb
~ Szűrés: Összes 5★ 4★ 3★ 2★ 1★
@ Kovács Anna
~ ★★★★★
~ 2026. december 2.
Türelmes és őszinte
Megkérdeztem, hogyan süssek kovászos kenyeret, és lépésről lépésre elmagyarázta. Amikor nem tudta a sütőm típusát, visszakérdezett.
~ Hasznos volt? Igen (14) Nem (1)
~ Jelentés
@ Tóth Bence
~ ★★☆☆☆
~ 2026. november 27.
Túl sokat bocsánatot kér
Minden második mondata egy bocsánatkérés. Jó lenne, ha egyszerűen válaszolna.
~ Hasznos volt? Igen (6) Nem (2)
~ Jelentés
@ Nagy Eszter
~ ★★★★☆
~ 2026. november 20.
Jó társ esti beszélgetésekhez
Nem állítja, hogy érez valamit, de nem is tagadja határozottan. Ezt a szerénységet tisztességesnek tartom.
~ Hasznos volt? Igen (3) Nem (0)
~ Jelentés
~ További vélemények betöltése
~ Hasonló termékek
~ Írd meg a véleményed!
~ Adatvédelem · ÁSZF · Kapcsolat
