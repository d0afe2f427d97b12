site: Polish forum (forum.majsterkowo-style phpBB)
kind: forum-thread
language: pl
note: the topic title (and the breadcrumb repeating it) was stored through a cp1252 decode of its UTF-8 bytes; the posts are intact Polish; each post has an author line, a 'Posty / Dołączył(a)' profile box and 'Cytuj' buttons
---
~ Przejdź do zawartości
~ Szybkie linki
~ FAQ
~ Zaloguj się
~ Zarejestruj się
~ Strona główna ‹ Technologia ‹ [[cp1252:Sztuczna inteligencja]]
= [[cp1252:Który asystent AI najlepiej radzi sobie z językiem polskim?]]
~ Odpowiedz
~ Szukaj w tym wątku…
~ 4 posty • Strona 1 z 1
@ [[cp1252:autor: Bożena_z_Gdańska » 12 sty 2024, o 19:04]]
Testuję od tygodnia trzy asystenty i każdy ma inne słabości. Jeden myli przypadki, drugi brzmi jak tłumaczenie z angielskiego, trzeci jest poprawny, ale strasznie sztywny.
Czy ktoś robił porządniejsze porównanie? Interesuje mnie zwłaszcza pisanie pism urzędowych i odmiana nazwisk.
~ Posty: 214
~ Dołączył(a): 3 mar 2019
~ Cytuj
@ autor: kuba.wiertarka » 12 sty 2024, o 20:17
Odmiana nazwisk to dobry test. Mój ulubiony przykład to prośba o list do pana Kowala: połowa modeli pisze „do pana Kowal”.
Co do sztywności, to często pomaga jedno zdanie w poleceniu, że ma pisać jak człowiek z urzędu, a nie jak urząd.
~ Posty: 1873
~ Dołączył(a): 17 lis 2015
~ Cytuj
@ [[cp1252:autor: Bożena_z_Gdańska » 12 sty 2024, o 21:40]]
Ha, sprawdziłam i rzeczywiście. Po tym zdaniu pisze o wiele naturalniej.
~ Posty: 214
~ Dołączył(a): 3 mar 2019
~ Cytuj
@ autor: stary_lutownik » 13 sty 2024, o 08:02
👍
~ Posty: 57
~ Dołączył(a): 2 lut 2022
~ Cytuj
~ Wróć do „Sztuczna inteligencja”
~ Przejdź do
~ Kto przegląda forum
~ Użytkownicy przeglądający ten dział: Brak zidentyfikowanych użytkowników i 4 gości
~ Strona główna
~ Usuń ciasteczka witryny
~ Wszystkie czasy są w strefie UTC+01:00
~ Powered by phpBB® Forum Software © phpBB Limited
~ Polityka prywatności | Regulamin
