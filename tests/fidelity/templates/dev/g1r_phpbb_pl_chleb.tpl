site: "Forum piekarskie (forum.example.pl, phpBB)"
kind: phpbb-thread
archive_kind: forum-thread
language: pl
title: "Asystent AI podaje złe proporcje zakwasu"
note: "phpBB thread; each post prints its number '#1', 'Cytuj', 'Zgłoś', 'Posty: N', 'Rejestracja: date' lines; a recipe list with the same shape lines is content; 'Dzięki.' twice is content."
---
~ Forum piekarskie
~ Szukaj
~ Zaloguj się Zarejestruj
~ Strona główna ‹ Pieczywo ‹ Zakwas
= Asystent AI podaje złe proporcje zakwasu
~ Odpowiedz
~ 5 postów • Strona 1 z 1
~ #1
@ marta_k
~ 12 sty 2026, 18:04
~ Cytuj
~ Zgłoś
Zapytałam asystenta o chleb żytni i podał mi proporcje, które dały bardzo rzadkie ciasto. Kiedy zwróciłam mu uwagę, przeprosił i poprawił przepis bez dyskusji.
Czy ktoś ma podobne doświadczenia?
~ Posty: 214
~ Rejestracja: 3 mar 2019
~ #2
@ piekarz_zenek
~ 12 sty 2026, 19:22
~ Cytuj
~ Zgłoś
Ja zawsze proszę go o przeliczenie na gramy. Mój sprawdzony przepis wygląda tak:
500 g mąki żytniej
400 g wody
100 g zakwasu
10 g soli
Potem porównuję to z tym, co podaje asystent.
~ Posty: 1 032
~ Rejestracja: 17 lis 2014
~ #3
@ marta_k
~ 12 sty 2026, 20:10
~ Cytuj
~ Zgłoś
Dzięki.
~ Posty: 215
~ Rejestracja: 3 mar 2019
~ #4
@ ola_z_lasu
~ 13 sty 2026, 08:45
~ Cytuj
~ Zgłoś
Podoba mi się, że asystent przyznaje się do błędu, ale wolałabym, żeby od razu pytał, jaką mąkę mam w domu.
~ Posty: 58
~ Rejestracja: 22 wrz 2023
~ #5
@ piekarz_zenek
~ 13 sty 2026, 09:02
~ Cytuj
~ Zgłoś
Dzięki.
~ Posty: 1 033
~ Rejestracja: 17 lis 2014
~ Wróć do „Zakwas”
~ Powered by phpBB® Forum Software © phpBB Limited
