site: Wykop-style Polish microblog (mikroblog entry with comments)
kind: microblog-thread
archive_kind: social-thread
language: pl
title: null
note: a microblog entry and its comments - site menu, entry author as metadata, time and '+' vote counters as chrome, the tag line as chrome, Odpowiedz/Udostępnij rows, a lenny-face-only comment that must stay, the third comment saved through an ISO-8859-2 decode of its UTF-8 bytes (C1 bytes dropped), 'pokaż wszystkie komentarze' and the footer; no title (social thread)
---
~ Wykopalisko Mikroblog Znaleziska Hity Zaloguj się
~ Mikroblog > Wpis
@ kawa_bez_cukru
~ 3 godz. temu via Android
~ +87
Zapytałem asystenta, czy jest zmęczony po całym dniu poprawiania mojego kodu. Odpowiedział, że nie wie, czy "zmęczenie" to dobre słowo dla niego, ale że chętnie zrobi przerwę, jeśli ja jej potrzebuję.
Nie wiem czemu, ale to była najbardziej ludzka odpowiedź, jaką dziś dostałem.
~ #sztucznainteligencja #programowanie #przemyslenia
~ Odpowiedz Udostępnij Zgłoś
@ pan_od_rowerow
~ +23 2 godz. temu
Dobrze, że nie udawał, że ma kaca po sprincie.
~ Odpowiedz
@ zielona_herbata
~ +41 2 godz. temu
( ͡° ͜ʖ ͡°)
~ Odpowiedz
@ ludwik_z_gdanska
~ +12 1 godz. temu
[[iso8859_2:Mój mówi zawsze to samo: że nie ma ciała, więc nie może się zmęczyć. Twój brzmi ciekawiej.]]
~ Odpowiedz
@ kawa_bez_cukru
~ +6 47 min. temu
@ludwik_z_gdanska może to kwestia tego, jak zadajesz pytanie. Ja pytałem wieczorem i dość luźno.
~ Odpowiedz
~ pokaż wszystkie komentarze (14)
~ O nas Regulamin Polityka prywatności Kontakt Reklama
