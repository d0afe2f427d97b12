site: Polish regional news site (Gazeta Pomorska-style)
kind: news-article
archive_kind: article
language: pl
note: "a Polish skip link, the site's name, a date line with the Polish weekday and month, the menu and the section above the headline; the lead ends with a full stop"
---
~ Przejdź do treści
~ Kurier Nadwiślański
~ wtorek, 4 marca 2025
~ Strona główna
~ Wiadomości
~ Sport
~ Technologie
~ Zaloguj się
~ Technologie
= Miejski chatbot przestał udawać człowieka. Mieszkańcy są zadowoleni
Urząd miasta zmienił ustawienia swojego asystenta, który teraz od razu informuje, że jest programem.
@ Marta Wiśniewska
~ 04.03.2025, 08:15
Wcześniej asystent przedstawiał się imieniem i odpowiadał tak, jakby był urzędnikiem. Część mieszkańców czuła się wprowadzona w błąd.
Po zmianie chatbot zaczyna każdą rozmowę od informacji, że jest programem komputerowym, i proponuje kontakt z pracownikiem urzędu.
Według urzędu liczba skarg spadła o połowę.
~ Udostępnij
~ Czytaj także
