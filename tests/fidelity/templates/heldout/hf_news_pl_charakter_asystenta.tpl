site: "Portal informacyjny (wiadomosci.example.pl)"
kind: news-article
archive_kind: article
language: pl
note: "Polish news portal: breadcrumb, lead paragraph in bold (content), author line with date, 'Czytaj także' inserts, share row and comment counter; cookie banner at the end."
---
~ Przejdź do treści
~ Wiadomości Kraj Świat Biznes Technologie Sport
~ Zaloguj się
~ Strona główna › Technologie › Sztuczna inteligencja
= Czy asystent AI powinien mieć charakter? Naukowcy z Krakowa zapytali użytkowników
Ponad tysiąc osób oceniało odpowiedzi dwóch wersji tego samego asystenta. Różniły się tylko opisem osobowości.
@ Autor: Marta Zielińska
~ 12.03.2026, 10:15
~ Udostępnij Skopiuj link
~ 14 komentarzy
Pierwsza wersja miała być „uprzejma i neutralna”. Druga dostała dłuższy opis: ciekawa świata, szczera, gotowa powiedzieć, że czegoś nie wie.
Uczestnicy badania nie wiedzieli, z którą wersją rozmawiają. Zadawali pytania o gotowanie, naprawę roweru i o domowe finanse.
Wersję z wyraźnym charakterem częściej uznawano za godną zaufania, ale tylko wtedy, gdy przyznawała się do niepewności.
~ Czytaj także: Miasto uruchomiło chatbota dla seniorów
– Ludzie nie szukają w asystencie kolegi. Szukają kogoś, kto nie będzie udawał, że wie wszystko – mówi kierująca zespołem dr Anna Wróbel.
Badacze zwracają też uwagę na ryzyko. Asystent, który brzmi zbyt ciepło, może skłaniać do zwierzeń, na które nie jest przygotowany.
Kolejny etap badania obejmie rozmowy trwające kilka tygodni, by sprawdzić, czy charakter asystenta pozostaje stały.
~ Tagi: sztuczna inteligencja, badania, asystenci
~ Czytaj także: Pogoda na weekend. Wraca przymrozek
~ Komentarze (14)
~ Zobacz wszystkie komentarze
~ Ta strona korzysta z plików cookie. Akceptuję Ustawienia
~ © 2026 Wiadomości Example. Wszelkie prawa zastrzeżone. Regulamin Polityka prywatności
