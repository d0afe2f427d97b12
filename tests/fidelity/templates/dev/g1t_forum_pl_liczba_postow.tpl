site: "Forum Pszczelarzy (forum.pszczoly.example.pl)"
kind: forum-thread
archive_kind: forum-thread
language: pl
title: "Czy ktoś używa asystenta do prowadzenia notatek z przeglądów uli?"
note: "a Polish phpBB-like forum thread: the forum's menu and breadcrumb, the thread title, a line with the post and view counts under it, the page links, each post's author (metadata), date and post number, the quote button, a signature and the footer"
---
~ Forum Pszczelarzy
~ Strona główna   Szukaj   Zaloguj   Zarejestruj
~ Forum › Pasieka na co dzień › Sprzęt i narzędzia
= Czy ktoś używa asystenta do prowadzenia notatek z przeglądów uli?
~ 7 postów • Strona 1 z 1
~ Odpowiedz
@ bartnik_z_mazur
~ Pt 04 gru 2026, 20:14
~ #1
Od miesiąca dyktuję notatki z przeglądów asystentowi w telefonie i on je porządkuje według uli.
Zastanawiam się tylko, czy nie jest zbyt pewny siebie, bo czasem dopisuje wnioski, o które nie prosiłem.
@ Halina_K
~ Pt 04 gru 2026, 21:02
~ #2
U mnie pomogło jedno zdanie w ustawieniach: zapisuj tylko to, co powiem, bez wniosków.
Od tamtej pory jest spokojniej i notatki są krótsze.
@ bartnik_z_mazur
~ Sob 05 gru 2026, 08:40
~ #3
Dziękuję, spróbuję dziś wieczorem.
~ Wróć do „Sprzęt i narzędzia”
~ Powered by phpBB® Forum Software © phpBB Limited
