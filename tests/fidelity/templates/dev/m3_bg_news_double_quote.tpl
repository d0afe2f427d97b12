site: Bulgarian news site
kind: news-article
archive_kind: article
language: bg
note: "the headline is correct; a quoted paragraph was damaged twice (cp1251 then cp1252, undefined bytes dropped)"
---
~ Начало
~ Технологии
~ Общество
= Асистентите с характер печелят доверие
~ 14 март 2025, 11:20
Все повече хора използват гласови асистенти у дома.
Изследователи казват, че спокойният тон помага на възрастните хора.
[[cp1251>cp1252:„Хората искат ясен отговор, а не шеги“, казва една от авторките.]]
Според нея характерът трябва да бъде честен и предсказуем.
~ Споделете
~ Още от рубриката
