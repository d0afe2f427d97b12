site: Gazeta regionalna (www.kurierznadwarty.example), dział Region
kind: local-news
archive_kind: article
language: pl
note: "a Polish regional newspaper: masthead with the date and the weather, the section menu, the breadcrumb, the town kicker, the lead (content), the author and the publication line, the photo's caption (content) and credit, 'Czytaj także' inside the text, the advertisement label, the tags, the share row, the comment counter and the 'Najczęściej czytane' list, the footer"
---
~ Przejdź do treści
~ Kurier znad Warty
~ Poniedziałek, 7 grudnia 2026
~ Gorzów Wlkp. 3°C
~ Zaloguj się   Prenumerata
~ Wiadomości   Region   Sport   Kultura   Motoryzacja   Ogłoszenia
~ Strona główna » Region » Kostrzyn
~ Kostrzyn nad Odrą
= Biblioteka testuje asystenta, który przyznaje się do niewiedzy
Program odpowiada czytelnikom na pytania o wypożyczenia, a gdy nie zna odpowiedzi, odsyła do bibliotekarki
@ Autor: Magdalena Zielińska
~ Opublikowano: 06.12.2026, 18:20
~ Aktualizacja: 07.12.2026, 07:55
Bibliotekarka Ewa Sowa pokazuje asystenta na komputerze w czytelni.
~ Fot. Tomasz Grab
Miejska biblioteka w Kostrzynie od miesiąca udostępnia na swojej stronie asystenta, który podpowiada, jak przedłużyć wypożyczenie i kiedy czynna jest czytelnia.
– Zależało nam, żeby nie zgadywał. Jeśli ktoś pyta o książkę, której nie ma w katalogu, asystent mówi to wprost – wyjaśnia dyrektorka biblioteki Ewa Sowa.
~ Czytaj także: Nowe ławki i oświetlenie na bulwarze nad Odrą
Z asystenta korzystają głównie starsi czytelnicy, którzy wcześniej dzwonili z każdym pytaniem. Biblioteka zbiera ich uwagi i co tydzień poprawia odpowiedzi.
~ Reklama
Na wiosnę program ma też informować o zajęciach dla dzieci i spotkaniach autorskich.
~ Tagi:
~ biblioteka
~ Kostrzyn nad Odrą
~ sztuczna inteligencja
~ Udostępnij
~ Komentarze (8)
~ Najczęściej czytane
~ 1. Remont mostu potrwa do końca lutego
~ 2. Jarmark bożonarodzeniowy wraca na rynek
~ 3. Piekarnia z tradycjami obchodzi stulecie
~ Redakcja   Reklama   Regulamin   Polityka prywatności
~ © 2026 Kurier znad Warty. Wszelkie prawa zastrzeżone.
