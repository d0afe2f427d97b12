site: Polish technology forum (Elektroda-like)
kind: forum-thread
archive_kind: forum-thread
language: pl
note: "one answer was damaged twice: UTF-8 read as cp1250, saved, read as cp1252 (undefined bytes dropped)"
---
~ Forum
~ Elektronika
= Asystent w lodówce – potrzebny?
@ marek_k
Nowa lodówka ma asystenta, który mówi, kiedy kończy się mleko. Czy ktoś tego naprawdę używa?
@ [[cp1250>cp1252:Grażyna]]
[[cp1250>cp1252:Używam codziennie. Przypomina mi też o jajkach, więc rzadziej zapominam o zakupach.]]
~ Odpowiedz
