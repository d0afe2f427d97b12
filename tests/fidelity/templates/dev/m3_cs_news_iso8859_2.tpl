site: Czech regional news
kind: news-article
archive_kind: article
language: cs
note: "one paragraph was UTF-8 read as ISO-8859-2; the C1 bytes were dropped, so ř, č, ě and some capitals lost a byte (ambiguous: marked, not guessed)"
---
~ Zprávy
~ Region
~ Technologie
= Knihovna zkouší hlasového asistenta
~ 5. března 2025
Městská knihovna od března testuje hlasového asistenta u výpůjčního pultu.
[[iso8859_2:Asistent mluví klidně a když něco neví, řekne to. Čtenáři si to chválí.]]
Vedení knihovny chce zkoušku vyhodnotit v létě.
~ Sdílet
~ Komentáře
