site: "Appvélemény (hu)"
kind: product-reviews
archive_kind: article
language: hu
note: "a review site's user reviews; two reviews came through a scraper that read their UTF-8 as ISO-8859-2 and as cp1252 and dropped the bytes it had no letter for: bare lead capitals open words ('Ăgyes', 'Ăsszesen') and stand as words ('hogy Ĺ mindig')"
---
~ Ugrás a tartalomra
~ Főoldal › Alkalmazások › Asszisztensek
= Beszélgető asszisztens: felhasználói vélemények
~ Értékelés: 4,3 / 5 (52 vélemény)
~ Rendezés: Legújabb elöl
@ Szabó Anna
~ 2026. december 1.
~ ★★★★★
Hetek óta használom főzéshez és utazástervezéshez, és ritkán téved. Ha valamit nem tud, azt őszintén megmondja, ami nekem sokat ér.
A hangneme kedves, de nem hízelgő, és ha rossz ötletem van, finoman szól.
~ Hasznos volt a vélemény?
@ Horváth Péter
~ 2026. november 27.
~ ★★★★☆
[[iso8859_2:Ügyes válasz volt, de a gép nem érti, hogy ő mindig udvarias akar lenni.]]
[[iso8859_2:Összesen öt kérdést tettem fel a vonatjegyekről, és mindegyikre használható választ kaptam.]]
[[iso8859_2:Érdekes, hogy ennyire következetes a stílusa, akkor is, ha kötözködöm vele.]]
~ Hasznos volt a vélemény?
@ Kiss Dóra
~ 2026. november 20.
~ ★★★☆☆
[[cp1252:Őszintén szólva többet vártam a naptárkezeléstől, de a beszélgetés jó.]]
[[cp1252:Ő maga is bevallotta, hogy a régi események áthelyezése még nehezen megy neki.]]
~ Hasznos volt a vélemény?
~ Vélemény írása
~ © 2026 Appvélemény
