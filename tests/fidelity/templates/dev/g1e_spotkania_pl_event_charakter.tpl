site: "Event page (spotkania.example.pl)"
kind: event-page
archive_kind: article
language: pl
title: "Wieczór dyskusyjny: czy asystent może mieć charakter?"
note: "event page: city picker and category labels in the header band; programme under a colon; footer with app badges and a language picker."
---
~ Przejdź do treści
~ Spotkania
~ Kraków
~ Zmień miasto
~ Wydarzenia
~ Warsztaty
~ Dla dzieci
~ Zaloguj się
~ Dyskusje
= Wieczór dyskusyjny: czy asystent może mieć charakter?
~ czwartek, 9 kwietnia 2026, 18:00
~ Księgarnia Pod Lipą, ul. Długa 14
~ Wstęp wolny
Zapraszamy na rozmowę o tym, skąd biorą się osobowości asystentów czatowych i kto o nich decyduje.
Gośćmi będą badaczka zajmująca się oceną modeli językowych oraz autor gier, który pisze dialogi dla postaci.
Plan wieczoru:
18:00 powitanie i herbata
18:15 rozmowa gości
19:15 pytania z sali
Po dyskusji można zostać na krótkie warsztaty pisania postaci. Przynieście notes i ulubiony długopis.
~ Zapisz się
~ Dodaj do kalendarza
~ Udostępnij
~ 37 osób weźmie udział
~ Podobne wydarzenia
~ Kurs pieczenia chleba na zakwasie
~ Pobierz aplikację
~ Google Play
~ App Store
~ Regulamin
~ Polityka prywatności
~ Polski · English · Українська
~ © 2026 Spotkania sp. z o.o.
