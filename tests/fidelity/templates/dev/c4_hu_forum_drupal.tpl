site: Hungarian tech forum on Drupal (Gépház fórum)
kind: forum-thread
archive_kind: forum-thread
language: hu
note: 'a Drupal forum in Hungarian: skip link, login and register, breadcrumb, "Beküldte ... -" author/date lines, per comment "#N", reply/link/quote buttons, the member-since line, a comment permalink counter, pager, the anonymous notice, the cookie notice and an all-rights-reserved footer. A reply "+1" and a line "Verzió: 2.4" are content.'
---
~ Ugrás a fő tartalomra
~ Belépés
~ Regisztráció
~ Címlap » Fórumok » Mesterséges intelligencia
= Miért kér bocsánatot ennyiszer a chatbot?
@ Beküldte kovacs_bence - 2025. március 4., kedd - 21:10
Minden második válasza azzal kezdődik, hogy elnézést kér. Zavaró, mert semmi rosszat nem csinált.
Verzió: 2.4
Ki lehet ezt kapcsolni valahogy?
~ Hozzászólások
~ Tagság: 6 év 2 hónap
~ Hozzászólások: 1 204
@ szabo.eszter
~ 2025. március 4., kedd - 21:45
~ #1
Ez a modell tanításából jön, a túl óvatos válaszokat a tesztelők gyakran jobbnak ítélték. Ha a rendszerüzenetben kéred, hogy ne kérjen bocsánatot feleslegesen, sokat javul.
~ válasz
~ link
~ idézet
@ toth_gabor
~ 2025. március 5., szerda - 08:02
~ #2
+1
~ válasz
~ link
~ idézet
~ Oldal: 1 2 3
~ következő ›
~ utolsó »
~ Hozzászólni csak regisztrált felhasználók tudnak.
~ Az oldal sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával elfogadod a sütik használatát.
~ Rendben
~ Minden jog fenntartva © 2025 Gépház
~ Impresszum
~ Adatvédelem
