site: "Serwis prasowy (komunikaty.example.pl)"
kind: press-release
archive_kind: article
language: pl
title: "Biblioteka Miejska uruchamia asystenta, który przyznaje się do niewiedzy"
note: "a Polish press release: a lead, bullet lists without full stops, a one-line quote, a 'Kontakt' heading that opens a section of the release's text (not a contact block), numbers on their own line; the wire's menu, the date, the share row, the media contact block (label, name, telephone, e-mail) and the footer are chrome"
---
~ Komunikaty prasowe
~ Strona główna   Komunikaty   Kategorie   Dla dziennikarzy   Kontakt
~ 4 grudnia 2026, 10:00
~ Udostępnij   Facebook   LinkedIn   E-mail
= Biblioteka Miejska uruchamia asystenta, który przyznaje się do niewiedzy
Od poniedziałku czytelnicy mogą pytać asystenta o godziny otwarcia, nowości i zasady wypożyczeń.
Asystent odpowiada krótko i mówi wprost, kiedy czegoś nie wie.
Co potrafi asystent:
sprawdzić, czy książka jest dostępna
przedłużyć termin zwrotu
polecić książkę o pszczołach albo o rowerach
„Nie chcieliśmy, żeby asystent udawał bibliotekarza, który wie wszystko” – mówi dyrektorka biblioteki.
Liczby z pierwszego tygodnia testów:
1 240 pytań
87% odpowiedzi bez pomocy pracownika
Tak.
Tak brzmiała najczęstsza odpowiedź asystenta na pytanie, czy można przedłużyć wypożyczenie.
Kontakt
W sprawach technicznych czytelnicy mogą zgłaszać uwagi przez formularz w katalogu.
~ Kontakt dla mediów:
~ Anna Wiśniewska
~ tel. +48 22 555 01 23
~ a.wisniewska@biblioteka.example.pl
~ Komunikaty z tej samej kategorii
~ Muzeum Techniki otwiera pracownię robotyki
~ Regulamin   Polityka prywatności   Kontakt
~ © 2026 Komunikaty prasowe
