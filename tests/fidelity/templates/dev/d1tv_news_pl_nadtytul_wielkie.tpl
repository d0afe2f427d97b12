site: "Gazeta Nadwiślańska (gazetanadwislanska.example.pl)"
kind: news-article
archive_kind: article
language: pl
title: "Urząd miasta uczy swojego czatbota przyznawać się do błędów"
note: "a Polish news article: the tab title with the paper's name, the paper's name in capitals, the menu, the section label, a kicker in capitals over the headline (nadtytuł), the lead (content), the author and date lines, a newsletter sign-up box in the middle; the 'Czytaj także' list, the tags and the footer are chrome"
---
~ Urząd miasta uczy swojego czatbota przyznawać się do błędów | Gazeta Nadwiślańska
~ GAZETA NADWIŚLAŃSKA
~ Kraj   Świat   Region   Technologie   Kultura
~ Zaloguj się   Subskrybuj
~ Technologie
~ TYLKO U NAS
= Urząd miasta uczy swojego czatbota przyznawać się do błędów
Nowa wersja asystenta na stronie urzędu ma mówić wprost, kiedy nie zna odpowiedzi.
@ Autor: Katarzyna Nowak
~ 05.12.2026, 08:15
Czatbot urzędu odpowiada co miesiąc na kilka tysięcy pytań mieszkańców, głównie o opłaty i terminy.
Po skargach na błędne informacje o odbiorze śmieci urzędnicy postanowili zmienić jego zasady.
~ Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z regionu.
~ Zapisz się
Teraz asystent przeprasza za pomyłkę tylko raz i od razu podaje poprawną informację albo numer telefonu do właściwego wydziału.
Mieszkańcy w ankiecie ocenili, że taki asystent jest bardziej uczciwy, choć mniej uprzejmy.
~ Czytaj także
~ Nowy rozkład jazdy tramwajów od stycznia
~ Tagi: urząd miasta, sztuczna inteligencja
~ © 2026 GAZETA NADWIŚLAŃSKA. Wszelkie prawa zastrzeżone.
