site: "Termékteszt (hu)"
kind: product-reviews
archive_kind: article
language: hu
note: "a product's user reviews: short pros and cons lines under labels, one-word verdicts and a score line are the reviewers' own words; the helpfulness buttons, the star lines and the sort menu are chrome"
---
~ Ugrás a tartalomra
~ Főoldal › Alkalmazások › Csevegőasszisztensek
= Beszélgető asszisztens: vélemények
~ Értékelés: 4,1 / 5 (38 vélemény)
~ Vélemény írása
~ Rendezés: Legújabb elöl
@ Kovács Eszter
~ 2026. november 28.
~ ★★★★☆
Jó társ, de néha túl óvatos.
Előnyök: udvarias, bevallja, ha nem tud valamit.
Hátrányok: a vicceimet nem mindig érti.
Összességében: megérte.
~ Hasznos volt a vélemény?
~ Igen (12)
~ Nem (1)
@ Tóth Gábor
~ 2026. november 21.
~ ★★★☆☆
Nekem túl sokat kérdez vissza.
Igen, tudom, hogy ez a biztonság miatt van.
Nem rossz, csak lassú.
Pontszám: 6/10
~ Hasznos volt a vélemény?
~ Igen (3)
~ Nem (0)
@ Nagy Réka
~ 2026. november 15.
~ ★★★★★
Végre egy asszisztens, amelyik nem hízeleg.
Ajánlom mindenkinek!
~ Hasznos volt a vélemény?
~ Igen (25)
~ Nem (2)
~ 1 2 3 … 8 »
~ Adatvédelem   Felhasználási feltételek   Kapcsolat
~ © 2026 Termékteszt Kft.
