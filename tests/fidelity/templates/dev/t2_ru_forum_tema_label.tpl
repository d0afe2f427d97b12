site: Russian forum topic page (phpBB-style, Форум садоводов)
kind: forum-thread
archive_kind: forum-thread
language: ru
title: Кто-нибудь советуется с чат-ботом по поводу рассады?
note: "the board's name and menu, the breadcrumb with '»', then the topic's title after the label 'Тема:'; each post headed by its author and date"
---
~ Форум садоводов
~ Главная
~ Поиск
~ Регистрация
~ Вход
~ Форум » Огород » Рассада
= Тема: Кто-нибудь советуется с чат-ботом по поводу рассады?
@ ogorodnik_vasya
~ 04 мар 2025, 08:15
В этом году решил спросить у чат-бота, когда сеять томаты на рассаду. Ответ был подробный, но с оговорками на каждом шагу.
Кто-нибудь ещё так делает? Насколько можно доверять таким советам?
@ tomatnaya_lena
~ 04 мар 2025, 09:02
Для общих сроков нормально, но про ваш регион он не знает. Смотрите на погоду и на свой опыт.
~ Вернуться к списку тем
