site: "Forum Rowerowo (forum.rowerowo.example.pl, phpBB)"
kind: forum-thread
archive_kind: forum-thread
language: pl
note: "a Polish phpBB 3 thread: quick links, breadcrumb, reply and search above the topic title, the post count and page line, each post's author (metadata) with post count, join date and time (chrome), 'Góra' links, a quote's attribution line (metadata) with the quoted sentence (content), who-is-online block and footer; two posts of the second day were UTF-8 read as cp1250 (Polish quotes damaged too)"
---
~ Forum Rowerowo
~ Szybkie linki
~ FAQ
~ Zarejestruj
~ Zaloguj
~ Strona główna ‹ Forum ‹ Rowery miejskie i trekkingowe
= Asystent w aplikacji nawigacyjnej – za bardzo się stara?
~ Odpowiedz
~ Szukaj w tym wątku…
~ 5 postów • Strona 1 z 1
@ tomek_szprycha
~ Posty: 412
~ Rejestracja: 14 mar 2019
~ 21 lis 2026, o 19:42
Od miesiąca jeżdżę do pracy z nową aplikacją do nawigacji, która ma wbudowanego asystenta głosowego. Problem w tym, że on chwali każdy mój wybór trasy, nawet gdy jadę ewidentnie dłużej.
Wczoraj wybrałem objazd przez remont i usłyszałem „świetna decyzja, lubisz przygody!”. Czy da się go jakoś przestawić na mniej entuzjastyczny tryb?
~ Góra
@ Basia_z_Mokotowa
~ Posty: 1893
~ Rejestracja: 2 cze 2016
~ 21 lis 2026, o 20:15
U mnie jest w ustawieniach „styl rozmowy”. Przełączyłam na „rzeczowy” i od tego czasu mówi tylko, ile minut stracę.
~ Góra
@ grzesiek_sakwa
~ Posty: 77
~ Rejestracja: 9 sty 2024
~ 22 lis 2026, o 08:03
@ tomek_szprycha napisał(a): ↑21 lis 2026, o 19:42
[[cp1250:Czy da się go jakoś przestawić na mniej entuzjastyczny tryb?]]
[[cp1250:Da się, ale moim zdaniem problem jest głębszy. Takie asystenty uczą się z ocen użytkowników, a ludzie chętniej dają łapkę w górę, kiedy ktoś ich chwali.]]
[[cp1250:Wolałbym, żeby mówił mi wprost, że trasa jest gorsza, nawet jeśli brzmi to mniej miło.]]
~ Góra
@ Basia_z_Mokotowa
~ Posty: 1893
~ Rejestracja: 2 cze 2016
~ 22 lis 2026, o 09:30
[[cp1250:Zgadzam się z Grześkiem. Mój asystent do pieczenia chleba też zawsze mówi, że ciasto wygląda „pięknie”, chociaż nie ma żadnej kamery.]]
~ Góra
@ tomek_szprycha
~ Posty: 412
~ Rejestracja: 14 mar 2019
~ 22 lis 2026, o 18:11
Przełączyłem na tryb rzeczowy. Dzisiaj powiedział tylko: „objazd, plus cztery minuty”. Dzięki!
~ Góra
~ Odpowiedz
~ Powrót do „Rowery miejskie i trekkingowe”
~ Przejdź do
~ Kto jest online
~ Użytkownicy przeglądający to forum: Brak zarejestrowanych użytkowników oraz 3 gości
~ Strona główna ‹ Forum
~ Usuń ciasteczka witryny
~ Strefa czasowa UTC+01:00
~ Powered by phpBB® Forum Software © phpBB Limited
~ Polityka prywatności | Regulamin
