site: "Habr (habr.com)"
kind: habr-article
archive_kind: article
language: ru
title: "Как мы научили чат-бота пасеки не притворяться пчеловодом"
note: "a Habr article: the author and time above the title, the reading level, time and views, the hubs one line with stars after the company's hubs, the article's labels, then under the text the tags and hubs with their labels on lines of their own over their lists, the score row and its vote total, the bookmarks and comment counts, the author's card (karma and rating over their labels), comments with their score; a list of numbers in the text stays"
---
~ Хабр
~ Войти
@ pasechnik_dev
~ 3 дек в 11:20
= Как мы научили чат-бота пасеки не притворяться пчеловодом
~ Простой
~ 6 мин
~ 2.1K
~ Машинное обучение*, Natural Language Processing*, Сельское хозяйство
~ Кейс
Мы сделали чат-бота для интернет-магазина мёда. В первой версии он представлялся «дедом Матвеем с тридцатилетним стажем», и покупатели верили, что говорят с живым человеком.
Нам это не понравилось: бот может иметь характер, но не должен выдавать себя за человека.
Мы переписали описание персонажа. Теперь бот дружелюбный и немного старомодный, но на прямой вопрос честно отвечает, что он программа.
После изменения мы посчитали три показателя за месяц:
1200
940
31
Это число диалогов, число диалогов без жалоб и число вопросов «а вы человек?». Жалоб стало меньше, а вопрос про человека задают реже.
~ Теги:
~ чат-боты
~ персонажи
~ пчеловодство
~ Хабы:
~ Машинное обучение
~ Natural Language Processing
~ Сельское хозяйство
~ +18
~ Всего голосов 22: ↑20 и ↓2
~ 7
~ Добавить в закладки
~ Карма
~ 12
~ Рейтинг
~ 4.1
~ Комментарии 3
@ medovar
~ 3 дек в 13:02
~ +5
А покупатели не расстроились, когда узнали, что дед Матвей не настоящий?
@ pasechnik_dev
~ 3 дек в 13:30
~ +3
Некоторые расстроились, но большинство написало, что так честнее.
~ Ваш аккаунт
~ Разделы
~ © 2006–2026, Habr
