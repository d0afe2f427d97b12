site: Polish Invision Community forum (Forum Domowe Sprawy)
kind: forum-thread
archive_kind: forum-thread
language: pl
title: Asystent głosowy przeprasza za wszystko
note: 'Invision Community 4 in Polish — nav, breadcrumb, the topic starter line, followers, per post the author block (group, post count), "Napisano" dates, report/share/quote buttons, reactions, "Dołącz do dyskusji" prompt, similar topics, footer'
---
~ Przejdź do zawartości
~ Przeglądaj
~ Aktywność
~ Szukaj
~ Zaloguj się
~ Zarejestruj się
~ Forum Domowe Sprawy › Technika w domu › Asystenci
= Asystent głosowy przeprasza za wszystko
~ Przez ania_w, 3 Marca
~ Obserwujący 2
~ Odpowiedz w tym temacie
~ Rozpocznij nowy temat
@ ania_w
~ Użytkownik
~ 27 postów
~ Napisano 3 Marca
Mój asystent głosowy przeprasza nawet wtedy, gdy to ja się pomylę. Powiedziałam mu złą godzinę, a on przeprosił, że nie zrozumiał.
Czy da się to jakoś wyłączyć?
~ Zgłoś
~ Udostępnij ten post
~ Link do postu
~ Cytuj
@ tomek_r
~ Moderator
~ 3 451 postów
~ Napisano 3 Marca
Nie ma takiej opcji. Producenci celowo ustawiają bardzo uprzejmy ton, żeby nikt nie poczuł się urażony.
Możesz mu powiedzieć, żeby mówił krócej. U mnie działało przez 2 dni.
~ Zgłoś
~ Udostępnij ten post
~ Link do postu
~ Cytuj
~ Lubię to! 1
~ Dołącz do dyskusji
~ Możesz dodać zawartość już teraz a zarejestrować się później. Jeśli posiadasz już konto, zaloguj się aby dodać zawartość za jego pomocą.
~ Podobna zawartość
~ Dlaczego asystent zmienia głos?
~ Ostatnio przeglądający 0 użytkowników
~ Brak zarejestrowanych użytkowników przeglądających tę stronę.
~ Forum Domowe Sprawy
~ Polityka prywatności
~ Regulamin
~ Powered by Invision Community
