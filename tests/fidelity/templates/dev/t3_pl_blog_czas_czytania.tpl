site: Polish personal blog (WordPress)
kind: blog-post
archive_kind: blog-post
language: pl
note: "a Polish skip link, the blog's name and its tagline in capitals-free sentence form, the menu, the category, the headline, then author, date and reading time on separate lines; share and comment prompts after"
---
~ Przejdź do treści
~ Herbata i kod
~ Notatki programistki o technologii, herbacie i codzienności
~ Strona główna
~ O mnie
~ Kontakt
~ Technologia
= Dlaczego mój asystent AI zawsze przeprasza?
~ Autor: Ola
~ 12 lutego 2025
~ Czas czytania: 3 min
Od kilku tygodni testuję asystenta, który pomaga mi pisać dokumentację. Robi to dobrze, ale każdą odpowiedź zaczyna od przeprosin.
Przeprasza, kiedy się pomyli, ale też kiedy wszystko jest w porządku. W końcu zapytałam go, dlaczego tak robi.
Odpowiedział, że chce być uprzejmy. Poprosiłam, żeby przepraszał tylko wtedy, gdy naprawdę popełni błąd, i od tego czasu jest lepiej.
~ Udostępnij:
~ Facebook
~ Dodaj komentarz
