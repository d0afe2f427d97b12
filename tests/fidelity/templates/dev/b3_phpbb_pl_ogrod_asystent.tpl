site: "Forum Działkowców (phpBB)"
kind: phpbb-thread
archive_kind: forum-thread
language: pl
note: "phpBB: board index crumbs, topic title, 'Post autor' lines, signature-like furniture; replies cp1250-damaged in part"
---
~ Szybkie linki FAQ Zaloguj się Zarejestruj
~ Strona główna ‹ Forum ‹ Uprawa warzyw ‹ Pomidory
= Asystent AI doradza w sprawie pomidorów – ma swój charakter?
~ Odpowiedz Narzędzia tematu Szukaj w tym temacie
~ 5 posty • Strona 1 z 1
@ autor: zielona_konewka » 2 mar 2026, 18:04
Od miesiąca pytam chatbota o uprawę pomidorów w tunelu i zauważyłam, że ma bardzo wyraźny styl.
Jest cierpliwy, ale gdy piszę, że podlewam codziennie, odpowiada niemal z wyrzutem.
Czy to normalne, że program ma coś w rodzaju osobowości?
~ Góra
@ autor: dziadek_Zbyszek » 2 mar 2026, 19:30
[[cp1250:Normalne. Twórcy opisują, jak model ma się zachowywać, więc zawsze będzie trochę podobny do siebie.]]
[[cp1250:Ale rady sprawdzaj. Mój kazał mi sadzić pomidory w połowie marca, a u nas jeszcze leżał śnieg.]]
~ Góra
@ autor: zielona_konewka » 2 mar 2026, 20:12
Ha, u mnie też był śnieg. Posadziłam dopiero w maju.
~ Góra
@ autor: Marta_z_Lublina » 3 mar 2026, 07:55
[[cp1250:Zapisuję sobie, co podlewam i kiedy, i wklejam mu całą tabelkę:]]
pon 2 l, wt –, śr 2 l, czw –, pt 3 l
[[cp1250:Dzięki temu odpowiada konkretnie, a nie ogólnikami.]]
~ Góra
@ autor: dziadek_Zbyszek » 3 mar 2026, 09:10
Dobry pomysł.
~ Góra
~ Wróć do „Pomidory”
~ Przejdź do
~ Kto przegląda forum
~ Użytkownicy przeglądający to forum: Brak zidentyfikowanych użytkowników i 4 gości
~ Strona główna Usuń ciasteczka Wszystkie czasy w strefie UTC+01:00
~ Powered by phpBB® Forum Software © phpBB Limited
~ Polski pakiet językowy dostarcza phpBB.pl
