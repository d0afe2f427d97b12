site: Polish news site (Kurier Pomorski)
kind: news-article
archive_kind: article
language: pl
note: "the site's name, a login link, the section and a kicker in mixed case over the headline; the lead ends with a full stop; the author and date under it"
---
~ Kurier Pomorski
~ Zaloguj
~ Nauka
~ Nowe technologie w szkole
= Uczniowie sprawdzali, czy czatbot ma stały charakter
Licealiści z Gdyni przez miesiąc zadawali trzem asystentom te same pytania i notowali odpowiedzi.
@ Autor: Joanna Lis
~ 15.03.2025 08:30
Pomysł wyszedł od nauczycielki informatyki, która chciała pokazać klasie, jak działa ocenianie modeli językowych. Uczniowie sami ułożyli listę pytań.
Okazało się, że asystenci najczęściej zmieniali zdanie po krytyce, a rzadziej po pochwale. Wyniki klasa przedstawi na szkolnym festiwalu nauki.
~ Udostępnij
