site: "Czytelnia (czytelnia.example.pl)"
kind: "book-review"
archive_kind: "blog-post"
language: "pl"
note: "Goodreads-like review page; star rating and shelf chrome; reader comments damaged cp1250 with qmark; repeated 'Lubię to' furniture."
---
~ Czytelnia
~ Książki | Autorzy | Półki | Wyzwanie 2026 | Zaloguj się
~ Strona główna › Recenzje › Fantastyka
~ Recenzja książki „Pamięć bez właściciela”
= „Pamięć bez właściciela” – powieść, w której maszyna ma charakter
@ Recenzja: Agnieszka_czyta
~ ★★★★☆ 4/5
~ Przeczytana: 14.02.2026 · Półki: fantastyka, 2026, polecane
Sięgnęłam po tę książkę z nieufnością, bo powieści o sztucznej inteligencji zwykle kończą się buntem maszyn.
Tutaj jest inaczej: model językowy o imieniu Wera prowadzi małą bibliotekę w górskim miasteczku.
Autorka bardzo starannie buduje jej osobowość, która jest spokojna, trochę pedantyczna i niezwykle uprzejma.
Najciekawsze są rozdziały, w których Wera zastanawia się, czy jej upodobania są naprawdę jej własne.
Nie ma tu łatwych odpowiedzi, i to jest największa zaleta tej powieści.
Słabszy jest wątek kryminalny, który pojawia się w drugiej połowie i wydaje się doklejony.
Mimo to polecam ją każdemu, kto lubi spokojne książki z pytaniami filozoficznymi w tle.
~ 38 osób lubi tę recenzję · Lubię to · Komentuj
~ Komentarze (3)
@ marek_z_lodzi
~ 15.02.2026
[[cp1250/qmark:Zgadzam się co do wątku kryminalnego, zupełnie niepotrzebny.]]
~ Lubię to (4) · Odpowiedz
@ Zosia.K
~ 15.02.2026
[[cp1250/qmark:Czy ta książka jest też dostępna jako audiobook? Chętnie posłucham w pociągu.]]
~ Lubię to (1) · Odpowiedz
@ Agnieszka_czyta
~ 16.02.2026
[[cp1250/qmark:Tak, czyta ją świetna lektorka, wydanie ukazało się w styczniu.]]
~ Lubię to (2) · Odpowiedz
~ Inne recenzje tej książki
~ Dodaj do półki: Chcę przeczytać | Teraz czytam | Przeczytane
~ © 2026 Czytelnia. Wszelkie prawa zastrzeżone. Regulamin · Polityka prywatności
