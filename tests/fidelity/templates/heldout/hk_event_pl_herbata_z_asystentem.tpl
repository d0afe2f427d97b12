site: "Event listing page (wydarzenia.example.pl)"
kind: event-page
archive_kind: article
language: pl
title: "Herbata z asystentem: warsztaty o charakterze AI dla nieprogramistów"
note: "event page: the structured info box (Data, Godzina, Miejsce, Cena labels and values), 'Weź udział' counters, calendar and share buttons, the map widget and other events are chrome; the description, the programme items and the host's bio are content; the organiser line is metadata."
---
~ Wydarzenia Example
~ Kraków Warszawa Wrocław Gdańsk Online
~ Dodaj wydarzenie Zaloguj się
~ Używamy plików cookie. Więcej informacji znajdziesz w polityce prywatności. Akceptuję
~ Wydarzenia › Kraków › Nauka i technologia
= Herbata z asystentem: warsztaty o charakterze AI dla nieprogramistów
@ Organizator: Fundacja Cyfrowy Dom
~ Data: sobota, 21 marca 2026
~ Godzina: 16:00–19:00
~ Miejsce: Kawiarnia Pod Czajnikiem, ul. Przykładowa 12, Kraków
~ Cena: 35 zł (herbata w cenie)
~ Weź udział
~ 46 osób weźmie udział · 112 osób zainteresowanych
~ Dodaj do kalendarza Google Outlook iCal
~ Udostępnij Facebook X E-mail Kopiuj link
~ O wydarzeniu
Czy asystent AI powinien mieć charakter? Co to w ogóle znaczy, że program jest uprzejmy, szczery albo uparty? Zapraszamy na spokojne popołudnie przy herbacie, podczas którego sprawdzimy to w praktyce.
Nie trzeba umieć programować. Wystarczy telefon albo laptop i ciekawość.
Będziemy rozmawiać z kilkoma asystentami o zwykłych sprawach: parzeniu herbaty, naprawie roweru i planowaniu ogródka. Porównamy, który z nich przyznaje się do niewiedzy, a który próbuje nas zadowolić za wszelką cenę.
Program:
16:00 Powitanie i degustacja trzech herbat z Junnanu.
16:30 Co to jest charakter asystenta i kto go projektuje?
17:15 Ćwiczenie w parach: jak rozpoznać, że asystent mówi nam to, co chcemy usłyszeć.
18:15 Dyskusja: czy modele mogą mieć coś w rodzaju własnych interesów?
Prowadząca
Dr Agnieszka Wolny zajmuje się etyką technologii i od lat prowadzi warsztaty dla seniorów i nauczycieli. Prywatnie parzy herbatę zbyt długo i wie o tym.
Liczba miejsc jest ograniczona do 30 osób. Prosimy o zapisy przez formularz na stronie.
~ Mapa
~ Pokaż na mapie
~ Kawiarnia Pod Czajnikiem
~ ul. Przykładowa 12, 31-000 Kraków
~ Inne wydarzenia w Krakowie
~ sob., 28 mar Rowerowa naprawialnia sąsiedzka Bezpłatne
~ ndz., 29 mar Ogród na balkonie: wiosenne wysiewy 20 zł
~ Regulamin Polityka prywatności Kontakt
~ © 2026 Wydarzenia Example
