site: Mikroblog Wykopalisko (wykopalisko.pl)
kind: social-thread
archive_kind: social-thread
language: pl
title: null
note: "wpis na mikroblogu bez tytułu: autor, czas, plusy i tagi jako chrome; komentarze zapisane w iso8859_2 (uszkodzone), odpowiedzi zaczynające się od @ oznaczone '| '"
---
~ Wykopalisko
~ Główna   Wykopalisko   Hity   Mikroblog   Ulubione
~ Zaloguj się   Załóż konto
~ Mikroblog
~ #sztucznainteligencja
@ kotka_z_mokotowa
~ 2 godz. temu
~ via Android
~ +87
Zapytałam asystenta AI, czy mój plan treningowy na maraton ma sens. Spodziewałam się pochwał, a dostałam uprzejmą, ale konkretną krytykę: za mało odpoczynku i za szybki przyrost kilometrów.
Przyznaję, że trochę się obraziłam, a potem poszłam sprawdzić i miał rację. Wolę takiego kumpla niż takiego, co mi przytakuje.
~ #sztucznainteligencja #bieganie #maraton
~ Odpowiedz   Udostępnij
@ [[iso8859_2:Zbyszek_z_Radomia]]
~ 1 godz. temu
~ +24
[[iso8859_2:To chyba ta nowa moda, że firmy opisują charakter swoich modeli. Mój też potrafi powiedzieć, że się mylę, i to w bardzo kulturalny sposób.]]
@ [[iso8859_2:Ślimak_na_rowerze]]
~ 1 godz. temu
~ +11
| [[iso8859_2:@kotka_z_mokotowa: a ja się zastanawiam, czy taki model coś z tego ma, że nam pomaga. Ktoś w ogóle o to pyta?]]
@ [[iso8859_2:Kasia_Żurek]]
~ 48 min temu
~ +9
| [[iso8859_2:@Ślimak_na_rowerze: pytają, nazywa się to dobrostan modeli. Na razie nikt nie wie, ale niektóre laboratoria traktują to poważnie.]]
~ Pokaż wszystkie komentarze (14)
~ Regulamin   Polityka prywatności   Kontakt   Reklama
