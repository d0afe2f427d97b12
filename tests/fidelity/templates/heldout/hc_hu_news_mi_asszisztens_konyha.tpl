site: Hungarian news portal (Hírpont-style, hirpont.hu)
kind: news-article
archive_kind: article
language: hu
note: Hungarian online news - column menu, breadcrumb, the date line and byline above the body, a lead paragraph (content), 'Hirdetés' ad markers and a 'Kapcsolódó' box inside the body, two body paragraphs stored through an ISO-8859-2 decode of their UTF-8 bytes (C1 bytes dropped, e.g. ő/ű), a line of the author's survey numbers that must stay, share/comment rows, 'Legolvasottabb' list and footer
---
~ Hírpont
~ Belföld Külföld Gazdaság Tech Tudomány Életmód Vélemény
~ Tech > Mesterséges intelligencia
= Konyhai asszisztens vagy beszélgetőtárs? Így használják a magyarok a hangalapú MI-t
~ 2026. november 30., hétfő 16:48
@ Szerző: Kovács Dóra
Egy friss felmérés szerint a hangalapú asszisztenseket otthon leginkább főzés közben és időjárás-jelentésre használják, de egyre többen beszélgetnek velük egyszerűen csak társaságért.
~ Hirdetés
A kutatók ezer háztartást kérdeztek meg arról, mire használják a konyhában álló okoshangszórót.
A válaszok megoszlása a következő volt:
receptek 41%, időjárás 27%, zene 19%, beszélgetés 13%
[[iso8859_2:A beszélgetést választók többsége egyedül élő, hatvan év feletti felhasználó volt. Többen elmondták, hogy az asszisztens türelmes hangja megnyugtatja őket.]]
[[iso8859_2:A szakértők szerint ez nem feltétlenül baj, de fontos, hogy a készülék őszintén jelezze: nem ember, és nem helyettesítheti a családot vagy az orvost.]]
~ Kapcsolódó: Hogyan kapcsoljuk ki a hangszóró állandó figyelését?
~ Hirdetés
A felmérést jövőre megismétlik, hogy kiderüljön, változnak-e a szokások.
~ Megosztás Facebook X E-mail
~ Hozzászólások (37)
~ Legolvasottabb
~ Rekordot döntött a kenyérsütő gépek eladása
~ Biciklisávot kap a belváros három utcája
~ Impresszum | Adatvédelem | Médiaajánlat | Kapcsolat
~ © 2026 Hírpont Média Kft.
