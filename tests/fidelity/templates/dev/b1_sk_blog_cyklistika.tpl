site: "Slovak blog platform (blog.example.sk)"
kind: blog-post
archive_kind: blog-post
language: sk
title: "Cyklistika, jazykové modely a trpezlivosť"
note: "the title itself is iso8859_2 damaged; it follows the blog name and a date line; blog-wide chrome at the end."
---
~ BLOG.example.sk
~ Najnovšie Najčítanejšie Autori Témy
~ Prihlásiť sa
@ Martin Hrubý
~ Spoločnosť
~ 5. marca 2026 o 19:30
= [[iso8859_2:Cyklistika, jazykové modely a trpezlivosť]]
~ 1 412 prečítaní · 6 diskusných príspevkov
Túto zimu som sa rozhodol, že na jar prejdem na bicykli celé Považie. Tréningový plán som si nechal zostaviť jazykovým modelom a výsledok ma prekvapil.
Nečakal som, že sa ma bude pýtať toľko otázok. Koľko hodín týždenne mám čas, či ma bolia kolená, či jazdím radšej ráno alebo večer.
Plán nebol ambiciózny. Prvé tri týždne som mal jazdiť pomaly, najviac hodinu, a model trval na dňoch voľna aj vtedy, keď som ho presviedčal, že to zvládnem.
Neskôr som čítal, že vývojári zámerne učia modely, aby neprikyvovali všetkému, čo používateľ chce. Pri bicykli mi to prišlo rozumné, pretože moje kolená by so mnou nesúhlasili tiež.
Po ôsmich týždňoch mám za sebou 1 200 kilometrov a ani raz ma nič nebolelo.
Týždeň 1: 3 jazdy, 45 minút
Týždeň 4: 4 jazdy, 70 minút
Týždeň 8: 4 jazdy, 120 minút
Neviem, či má model nejakú povahu. Viem však, že jeho trpezlivosť bola väčšia ako moja.
~ Páčil sa vám článok? Zdieľajte ho.
~ Facebook Twitter E-mail
~ Ďalšie články autora
~ Prečo nemám rád elektrické kolobežky
~ Diskusia (6)
~ Pre pridanie komentára sa musíte prihlásiť.
~ Najčítanejšie na blogu
~ Ako som pestoval paradajky na balkóne
~ © 2026 Blog.example.sk | Kontakt | Podmienky používania | Ochrana súkromia
