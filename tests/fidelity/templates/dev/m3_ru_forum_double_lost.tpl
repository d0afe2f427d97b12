site: Russian hobby forum (Кухня)
kind: forum-thread
language: ru
note: "a reply was damaged twice (UTF-8 read as cp1251, saved, read as cp1252); bytes cp1252 does not define became U+FFFD (codec/replace), as a converter writes them"
---
~ Форум
~ Кухня
~ Вход
= Голосовой помощник на кухне
@ olga_pirog
~ 03.03.2025, 10:15
Поставила помощника на кухне, он читает рецепты вслух и подсказывает время.
Иногда он слишком вежливо переспрашивает, но в целом удобно.
@ [[cp1251>cp1252/replace:Дмитрий]]
[[cp1251>cp1252/replace:Согласен, вежливость у него настроена щедро. Я попросил отвечать короче, и стало лучше.]]
@ nina_k
Спасибо за совет, попробую сегодня вечером.
~ Ответить
~ Цитировать
