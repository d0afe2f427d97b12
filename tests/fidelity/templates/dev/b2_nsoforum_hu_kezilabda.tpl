site: "Sportfórum (sportforum.example.hu)"
kind: "sports-forum"
archive_kind: "forum-thread"
language: "hu"
note: "Hungarian sports forum (handball); rank badges, post counts, signatures and 'Válasz · Idézet · Jelentés' furniture are chrome; vote arrows with numbers chrome; a '>' quote line is content."
---
~ Sportfórum
~ Fórumok › Kézilabda › NB I férfi
= Lehet-e mesterséges intelligenciával taktikát elemezni? (Szeged–Veszprém után)
~ Oldal 1 / 3   Következő ›
@ szegedi_drukker
~ Törzstag · 4 812 hozzászólás
~ 2026.03.01. 21:47
Tegnap a meccs után betáplaltam egy chatbotba a második félidő összefoglalóját.
Meglepően jól elemezte a hetes-hatos védekezést, de a végén hozzátette, hogy csak a szöveg alapján ítél.
Ez szerintem korrekt, mert a videót nem látta.
~ ▲ 14 ▼ 2
~ Válasz · Idézet · Jelentés
~ -- Hajrá Szeged! | 2009 óta bérletes
@ BalatonKapus
~ Tag · 317 hozzászólás
~ 2026.03.01. 22:05
> Meglepően jól elemezte a hetes-hatos védekezést
Én is kipróbáltam, nálam teljesen összekeverte a két csapat játékosait.
Szóval vegyes az élmény.
~ ▲ 6 ▼ 0
~ Válasz · Idézet · Jelentés
@ edző_bácsi
~ Moderátor · 12 044 hozzászólás
~ 2026.03.01. 22:30
Egy eszköz, semmi több, a taktikát továbbra is az edzők csinálják.
Aki ifjúsági csapatot edz, annak hasznos lehet a jegyzetek rendezéséhez.
~ ▲ 21 ▼ 1
~ Válasz · Idézet · Jelentés
~ -- Edzőként 30 év a pályán
~ Oldal 1 / 3   Következő ›
~ Ki van itt? 3 tag és 41 vendég
~ © 2026 Sportfórum · Adatvédelem · Szabályzat
