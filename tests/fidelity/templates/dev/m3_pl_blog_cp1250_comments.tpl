site: Polish cooking blog
kind: blog-post
archive_kind: article
language: pl
note: "the post is correct Polish; the comment section was UTF-8 read as cp1250 (undefined bytes dropped)"
---
~ Strona główna
~ Przepisy
= Chleb na zakwasie i asystent w kuchni
Asystent w kuchni przypomina mi, kiedy złożyć ciasto i nagrzać piekarnik.
Lubię, że mówi krótko i nie żartuje przy każdym kroku.
~ Komentarze (2)
@ [[cp1250:Łucja]]
[[cp1250:Mój asystent też pilnuje czasu, ale czasem myli gramy z łyżkami.]]
@ [[cp1250:Bożena]]
[[cp1250:Świetny przepis, zrobię go w sobotę. Dziękuję za wskazówki!]]
~ Odpowiedz
