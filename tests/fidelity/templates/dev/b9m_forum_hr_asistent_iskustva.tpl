site: "Forum.hr-like board (hr)"
kind: forum-thread
archive_kind: forum-thread
language: hr
note: "a Croatian forum thread; one reply was read as latin-1 with its C1 bytes dropped: 'Š' (C5 A0) became 'Å' and a no-break space that splits the word, 'Đ', 'č', 'ć' lost their second byte"
---
~ Forum
~ Tehnologija › Umjetna inteligencija
= Iskustva s AI asistentom za učenje
@ marina_zg
Koristim asistenta za učenje njemačkog već dva mjeseca. Odgovara mirno i jasno, čak i kad je pitanje loše postavljeno, i često pita prije nego što nešto predloži.
Zanima me kakva su vaša iskustva, posebno kod dužih razgovora.
~ Citiraj   Odgovori
@ tomislav_st
[[latin_1:Đuro iz moje grupe je rekao da je odgovor na njegovo pitanje bio točan. Šteta što objašnjenje nije duže.]]
[[latin_1:Žao mi je što ga nisam ranije probao, ali ćemo vidjeti kako ide dalje. Čak i moja sestra ga sada koristi.]]
~ Citiraj   Odgovori
@ ivana_ri
Slažem se, meni se sviđa što prizna kad nešto ne zna.
~ Citiraj   Odgovori
~ Sva vremena su GMT +1
