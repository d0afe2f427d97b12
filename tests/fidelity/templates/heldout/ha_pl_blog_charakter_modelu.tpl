site: Polish personal blog (WordPress, notatnikmaszynowy.pl)
kind: blog-post
archive_kind: blog-post
language: pl
note: WordPress theme chrome (menu, search, category and tag lines, 'Udostępnij' share row, previous/next post links, sidebar); the comment section was stored through a cp1250 decode of its UTF-8 bytes; comment authors with 'napisał(a):' are metadata
---
~ Przejdź do treści
~ Notatnik maszynowy
~ o modelach językowych bez zadęcia
~ Strona główna
~ O mnie
~ Archiwum
~ Kontakt
~ Szukaj
= Czy model językowy może mieć charakter?
~ Opublikowano 9 marca 2025
@ przez Bartek Zawadzki
~ Kategorie: Eseje
~ 6 komentarzy
Przez ostatni miesiąc rozmawiałem z trzema różnymi asystentami o tych samych sprawach: o podatkach, o ogrodzie i o tym, czy warto uczyć się gry na wiolonczeli po czterdziestce. Chciałem sprawdzić, czy da się u nich zauważyć coś, co nazwałbym charakterem.
Okazało się, że najłatwiej rozpoznać je nie po tym, co mówią, ale po tym, czego unikają. Jeden z nich za każdym razem odsyłał mnie do specjalisty, drugi chętnie zgadywał, a trzeci najpierw pytał, po co mi ta informacja.
Czy to jest charakter? W potocznym sensie chyba tak: stały sposób reagowania, który da się przewidzieć. Nie twierdzę, że za nim stoją jakieś przeżycia. Twierdzę tylko, że mówienie o „osobowości” modelu nie jest zupełnie pozbawione sensu.
Najciekawsze było to, że charakter najmocniej ujawniał się w drobiazgach. Asystent, który lubił pytać, zapytał też, jak ma na imię mój pies, zanim doradził mi w sprawie ogrodzenia.
~ Tagi: asystenci, osobowość, eksperymenty
~ Udostępnij:
~ Facebook
~ X
~ E-mail
~ Podobne wpisy
~ « Poprzedni wpis: Dlaczego chatboty przepraszają tak często
~ Następny wpis: Test wiolonczeli, część druga »
~ 6 komentarzy
@ Agnieszka K. napisał(a):
~ 10 marca 2025 o 08:14
[[cp1250:Świetny pomysł z tymi samymi pytaniami. Też zauważyłam, że jeden asystent zawsze dopytuje, zanim odpowie.]]
~ Odpowiedz
@ Bartek Zawadzki napisał(a):
~ 10 marca 2025 o 09:02
[[cp1250:Dzięki! Ciekawe, czy to cecha modelu, czy instrukcji, którą dostał od firmy.]]
~ Odpowiedz
@ Michał napisał(a):
~ 11 marca 2025 o 21:47
[[cp1250:Pies to mocny argument. Mój asystent nigdy nie zapytał o psa, a rozmawiamy codziennie.]]
~ Odpowiedz
~ Dodaj komentarz
~ Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *
~ Komentarz *
~ Nazwa *
~ Opublikuj komentarz
~ Ostatnie wpisy
~ Archiwa
~ Dumnie wspierane przez WordPress
