site: "Russian tech forum (ru)"
kind: forum-thread
archive_kind: forum-thread
language: ru
note: "one reply was damaged twice (UTF-8 read as cp1251, saved, read as cp1252; undefined bytes dropped): 'ИИ' (each И lost its 98 in the first layer) is 'Ð\\xa0Ð\\xa0' between words read through both layers"
---
~ Форум
~ Программы › Ассистенты
= Как ИИ-ассистент отвечает на сложные вопросы
@ sergey_m
Ассистент отвечает спокойно и по делу, даже если вопрос поставлен неудачно. Часто он уточняет детали, прежде чем что-то сделать.
~ Ответить   Цитата
@ irina_v
[[cp1251>cp1252:Мне кажется, что ИИ иногда шутит, и это приятно. Вчера он объяснил мне налоги лучше бухгалтера.]]
~ Ответить   Цитата
@ oleg_k
Согласен, особенно когда он честно говорит, что не уверен.
~ Ответить   Цитата
