site: Polish microblog (Wykop-style mikroblog entry with comments)
kind: social-thread
archive_kind: social-thread
language: pl
note: 'a Polish microblog entry: the top bar, login prompts, the author with age and "via" app, the vote counter "+24", tags, the reply/share/report/favourite buttons per entry and per comment, "pokaż N komentarzy", pagination, the "Zaloguj się, aby skomentować" prompt and the footer with rules, privacy and copyright. A reply "( ͡° ͜ʖ ͡°)" and "xD" are content, and so is a hashtag inside a sentence.'
---
~ Przejdź do treści
~ Główna
~ Wykopalisko
~ Mikroblog
~ Zaloguj się
~ Zarejestruj się
@ kasztanowy_las
~ 2 godz. temu
~ via Android
~ +24
Od tygodnia rozmawiam z asystentem po polsku i zauważyłem, że jest dużo bardziej oficjalny niż po angielsku. Po angielsku żartuje, po polsku pisze jak urzędnik.
Ktoś wie, skąd ta różnica? #sztucznainteligencja
~ #ai
~ #technologia
~ #ciekawostki
~ Odpowiedz
~ Udostępnij
~ Zgłoś
~ Ulubione
~ pokaż 4 komentarze
@ mroczna_jagoda
~ 1 godz. temu
~ +11
Pewnie w danych po polsku jest więcej tekstów urzędowych niż luźnych rozmów.
~ Odpowiedz
~ Zgłoś
@ bialy_kruk
~ 58 min. temu
~ +3
( ͡° ͜ʖ ͡°)
~ Odpowiedz
~ Zgłoś
@ kasztanowy_las
~ 40 min. temu
~ +1
xD
~ Odpowiedz
~ Zgłoś
~ Zaloguj się, aby skomentować
~ « poprzednia
~ 1 2 3 … 48
~ następna »
~ Regulamin
~ Polityka prywatności
~ Reklama
~ Kontakt
~ © 2025 Wykop Sp. z o.o. Wszelkie prawa zastrzeżone.
