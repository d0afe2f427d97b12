site: "Forum herbaciarzy (Flarum, pl)"
kind: forum-thread
archive_kind: forum-thread
language: pl
title: "Asystent w sklepie z herbatą poprawia mnie przy każdym parzeniu"
note: "a Flarum discussion in Polish: the header and its buttons, the tag line, the discussion's counters, each post's author (metadata) with the badge, time and edited mark, the mention line ('W odpowiedzi do …'), the like and reply buttons, the 'X i 2 inne osoby lubią to' line, the scrubber ('3 z 6', 'Teraz') and the footer; a reply that says 'Teraz' in a sentence stays"
---
~ Przejdź do treści
~ Forum herbaciarzy
~ Wszystkie dyskusje
~ Tagi
~ Zaloguj się
~ Zarejestruj się
~ Sprzęt i aplikacje
= Asystent w sklepie z herbatą poprawia mnie przy każdym parzeniu
~ 5 odpowiedzi
@ zielona_czarka
~ Członek
~ 4 gru 2026
Sklep, w którym kupuję herbatę, ma w aplikacji asystenta. Przy każdym parzeniu przypomina mi, że woda do sencha powinna mieć siedemdziesiąt stopni.
Mam to zapisane od lat. Czy da się go poprosić, żeby przestał?
~ Lubię to
~ Odpowiedz
~ dzbanek_z_gliny i 2 inne osoby lubią to.
@ dzbanek_z_gliny
~ Moderator
~ 4 gru 2026
~ Edytowano
~ W odpowiedzi do zielona_czarka
W ustawieniach jest suwak „ile podpowiedzi”. Ustaw go na najmniej, wtedy asystent odzywa się tylko, gdy zapytasz.
Mnie też to męczyło przez pierwszy tydzień.
~ Lubię to
~ Odpowiedz
~ zielona_czarka lubi to.
@ oolong_i_kot
~ 5 gru 2026
Ja akurat lubię te przypomnienia. Teraz parzę lepiej niż przed rokiem.
~ Lubię to
~ Odpowiedz
@ zielona_czarka
~ 5 gru 2026
~ W odpowiedzi do dzbanek_z_gliny
Suwak pomógł. Asystent pyta teraz tylko wtedy, gdy zmieniam gatunek herbaty, i to mi odpowiada.
~ Lubię to
~ Odpowiedz
~ oolong_i_kot i 4 inne osoby lubią to.
~ 4 z 4
~ Teraz
~ Odpowiedz
~ Obserwuj
~ Wspierane przez Flarum
