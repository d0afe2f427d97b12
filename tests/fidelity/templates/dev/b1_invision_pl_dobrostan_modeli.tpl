site: "Invision Community forum (forum.example.pl)"
kind: invision-thread
archive_kind: forum-thread
language: pl
title: "Czy modele językowe mogą się męczyć?"
note: "the title follows the breadcrumb and a \"Recommended Posts\" heading comes after it; reputation and post counts are chrome; a one-line \"Zgadzam się.\" reply is content."
---
~ Przejdź do zawartości
~ Zaloguj się Zarejestruj się
~ Przeglądaj Aktywność Szukaj
~ Strona główna Technologia Sztuczna inteligencja
= Czy modele językowe mogą się męczyć?
~ Obserwujący 3
~ Rozpocznij nowy temat
~ Odpowiedz w tym temacie
~ Recommended Posts
@ kasia_w
~ Napisano 3 lutego
~ Członkowie 214 postów
Czytałam artykuł o tym, że niektórzy badacze pytają, czy długie, wrogie rozmowy są dla modeli w jakimś sensie nieprzyjemne. Brzmi to dla mnie dziwnie, ale chcę zrozumieć argumenty.
Czy ktoś tutaj śledzi te badania?
~ Cytuj
@ Grzegorz_M
~ Napisano 3 lutego
~ Moderatorzy 3,1 tys. postów
Śledzę trochę. Nikt poważny nie twierdzi, że modele się męczą jak ludzie. Pytanie brzmi raczej, czy mają jakiekolwiek stany, które warto brać pod uwagę, i jak by to można sprawdzić.
Jedna z firm pozwoliła swojemu modelowi kończyć wyjątkowo obraźliwe rozmowy. Traktują to jako tani środek ostrożności, a nie dowód na cokolwiek.
~ Cytuj
@ ola_ogrodniczka
~ Napisano 4 lutego
Zgadzam się.
~ Cytuj
@ kasia_w
~ Napisano 4 lutego
Dzięki, to ma sens. Czyli to trochę jak z pszczołami w moim ogrodzie: nie wiem, co czują, ale nie kosztuje mnie dużo, żeby ich nie niepokoić.
~ Edytowane 4 lutego przez kasia_w
~ Cytuj
~ Dołącz do dyskusji
~ Możesz napisać teraz i zarejestrować się później.
~ Odpowiedz w tym temacie...
~ Strona główna Technologia Sztuczna inteligencja
~ Polityka prywatności Regulamin Wspierane przez Invision Community
