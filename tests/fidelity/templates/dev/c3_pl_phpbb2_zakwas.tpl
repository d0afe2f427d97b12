site: Polish phpBB 2 forum (Forum Kuchnia Domowa)
kind: forum-thread
archive_kind: forum-thread
language: pl
note: 'phpBB 2 subSilver in Polish — top menu words, breadcrumb, new topic and reply buttons, previous/next topic links, the Autor/Wiadomość table head, profile fields under each author (Dołączył, Posty, Skąd), "Wysłany: … Temat postu:" lines, "Powrót do góry", profile and private-message buttons, the display options, page count, "Skocz do:" and the permission lines of the footer'
---
~ FAQ
~ Szukaj
~ Użytkownicy
~ Grupy
~ Rejestracja
~ Profil
~ Zaloguj się, by sprawdzić wiadomości
~ Zaloguj
~ Forum Kuchnia Domowa Strona Główna -> Pieczywo
= Zakwas nie rośnie – czy chatbot ma rację?
~ Napisz nowy temat
~ Odpowiedz do tematu
~ Zobacz poprzedni temat :: Zobacz następny temat
~ Autor
~ Wiadomość
@ malgoska_k
~ Dołączył: 05 Lut 2019
~ Posty: 312
~ Skąd: Poznań
~ Wysłany: Pon Mar 10, 2025 8:14 pm    Temat postu: Zakwas nie rośnie – czy chatbot ma rację?
Od tygodnia dokarmiam zakwas żytni i nic się nie dzieje. Zapytałam asystenta AI i odpowiedział bardzo pewnym tonem, że woda z kranu zabija bakterie.
Nie wiem, czy mu wierzyć, bo brzmiał jak ktoś, kto nigdy nie piekł chleba.
~ Powrót do góry
~ Zobacz profil autora Wyślij prywatną wiadomość
@ piekarz_z_lodzi
~ Dołączył: 17 Wrz 2012
~ Posty: 4821
~ Wysłany: Pon Mar 10, 2025 9:02 pm    Temat postu:
Woda z kranu rzadko jest problemem. Częściej winna jest zbyt niska temperatura w kuchni.
Postaw słoik w ciepłym miejscu, na przykład na lodówce, i odczekaj dwa dni.
~ Powrót do góry
~ Zobacz profil autora Wyślij prywatną wiadomość
@ malgoska_k
~ Dołączył: 05 Lut 2019
~ Posty: 312
~ Skąd: Poznań
~ Wysłany: Wto Mar 11, 2025 7:40 am    Temat postu:
Dzięki!
Słoik stoi na lodówce od wczoraj i zakwas urósł o 2 centymetry. Chatbot jednak nie miał racji.
Odpowiedź na pytanie, które zadałam mu potem, też była zbyt pewna siebie.
~ Powrót do góry
~ Zobacz profil autora Wyślij prywatną wiadomość
~ Wyświetl posty z ostatnich: Wszystkie Posty
~ Napisz nowy temat
~ Odpowiedz do tematu
~ Forum Kuchnia Domowa Strona Główna -> Pieczywo
~ Wszystkie czasy w strefie CET (Europa)
~ Strona 1 z 1
~ Skocz do:
~ Nie możesz pisać nowych tematów
~ Nie możesz odpowiadać w tematach
~ Nie możesz zmieniać swoich postów
~ Nie możesz usuwać swoich postów
~ Powered by phpBB © 2001, 2005 phpBB Group
