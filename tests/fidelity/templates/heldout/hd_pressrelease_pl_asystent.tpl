site: "Biuro prasowe Wisła Cyfrowa (prasa.wislacyfrowa.pl)"
kind: press-release
archive_kind: article
language: pl
note: "Polish press release; kicker 'Informacja prasowa' and date before the title; lead and body partly decoded as iso8859_2; media-contact key: value lines are content."
---
~ Wisła Cyfrowa
~ Strona główna
~ O nas
~ Biuro prasowe
~ Kariera
~ Kontakt
~ EN | PL
~ Biuro prasowe › Komunikaty
~ Informacja prasowa
~ Warszawa, 14 maja 2025
= Wisła Cyfrowa publikuje kartę charakteru swojego asystenta miejskiego
Dokument opisuje, jak asystent ma rozmawiać z mieszkańcami, kiedy odmawia i jak przyznaje się do błędów.
[[iso8859_2:Asystent miejski odpowiada na pytania o odpady, komunikację i godziny pracy urzędów. Od dziś każdy mieszkaniec może przeczytać zasady, według których został zaprojektowany jego charakter.]]
[[iso8859_2:Karta charakteru ma jedenaście stron. Zawiera przykłady dobrych i złych odpowiedzi oraz listę tematów, przy których asystent powinien odesłać rozmowę do człowieka.]]
„Chcemy, żeby mieszkańcy wiedzieli, z kim rozmawiają. Asystent nie udaje urzędnika i nie udaje przyjaciela” – mówi Agnieszka Wróblewska, dyrektorka ds. usług cyfrowych.
Dokument będzie aktualizowany co pół roku, a każda zmiana zostanie opisana w publicznym rejestrze wraz z wynikami testów.
O Wiśle Cyfrowej
Wisła Cyfrowa to miejska spółka odpowiedzialna za usługi cyfrowe dla mieszkańców i przedsiębiorców.
Kontakt dla mediów:
Tomasz Kędzierski
tel. +48 22 555 01 47
e-mail: prasa@wislacyfrowa.pl
~ Pobierz PDF
~ Udostępnij: Facebook | LinkedIn | X | E-mail
~ Zobacz także
~ Nowe godziny pracy punktów obsługi mieszkańców
~ Rusza konsultacja w sprawie ścieżek rowerowych na Pradze
~ Ta strona używa plików cookie. Korzystając z niej, akceptujesz naszą politykę prywatności.
~ Akceptuję
~ © 2025 Wisła Cyfrowa sp. z o.o. Wszelkie prawa zastrzeżone.
