site: Polish gardening forum (Ogródek)
kind: forum-thread
archive_kind: forum-thread
language: pl
note: "two replies were UTF-8 read as ISO-8859-2 with the C1 controls stripped: ą ę ś ć ł ń ź ż ó keep one byte or none"
---
~ Ogródek
~ Forum
~ Zaloguj
= Asystent przypomina o podlewaniu pomidorów
@ ogrodniczka_ewa
Ustawiłam asystenta, żeby przypominał mi o podlewaniu pomidorów. Działa, ale mówi bardzo oficjalnym tonem.
@ [[iso8859_2:Jędrzej]]
[[iso8859_2:Mój też jest sztywny. Zmieniłem mu styl na swobodny i teraz żartuje o ślimakach.]]
@ [[iso8859_2:Łucja]]
[[iso8859_2:Wolę oficjalny ton, przynajmniej wiem, że nie zapomni o żadnej grządce.]]
~ Odpowiedz
~ Cytuj
