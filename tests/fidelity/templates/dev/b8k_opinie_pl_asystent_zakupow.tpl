site: "Opinie o aplikacjach (opinie.example.pl)"
kind: product-reviews
archive_kind: article
language: pl
title: "Asystent zakupów – opinie użytkowników"
note: "Polish app reviews: one-line verdicts (\"Polecam!\", \"Nie polecam.\", \"Tak.\"), pros and cons under labels without full stops, a score the reviewer writes (\"8/10\"), a reviewer's sentence that is also the featured quote above (the box is chrome, the review's line is content), a heading \"Podsumowanie\"; the stars, the helpfulness buttons and counts, the sort menu, the pager and the footer are chrome"
---
~ Przejdź do treści
~ Strona główna › Aplikacje › Zakupy
= Asystent zakupów – opinie użytkowników
~ Średnia ocena: 4,0/5 (96 opinii)
~ Dodaj opinię
~ Wyróżniona opinia
+ „Przypomina o mleku, ale nie wciska promocji.”
~ Sortuj: Najnowsze
@ Magda z Poznania
~ ★★★★★
~ 3 grudnia 2026
Polecam!
Przypomina o mleku, ale nie wciska promocji.
Zalety:
szybki
uprzejmy
przyznaje się, gdy nie zna ceny
Wady:
brak trybu ciemnego
~ Czy ta opinia była pomocna?
~ Tak (8)   Nie (1)
@ Krzysztof
~ ★★☆☆☆
~ 29 listopada 2026
Nie polecam.
Trzy razy zapytał, czy na pewno chcę kupić miód.
8/10 za uprzejmość, 2/10 za pamięć.
~ Czy ta opinia była pomocna?
~ Tak (2)   Nie (5)
@ Ewa
~ ★★★★☆
~ 21 listopada 2026
Tak.
Tak odpowiedziałam, gdy zapytał, czy zapisać listę na stałe.
Podsumowanie
Dobra aplikacja dla kogoś, kto zapomina o zakupach.
~ Czy ta opinia była pomocna?
~ Tak (0)   Nie (0)
~ Poprzednia   1   2   Następna
~ Regulamin   Polityka prywatności   Kontakt
~ © 2026 Opinie o aplikacjach
