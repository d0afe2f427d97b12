site: Russian forum (Кулинария)
kind: forum-thread
archive_kind: forum-thread
language: ru
note: "a reply written through cp1251 by a CMS that turned the undefined byte 98 into '?' (codec/qmark): И becomes 'Р?'"
---
~ Кулинария
~ Форум
= Помощник читает рецепты вслух
@ vera_pechet
Помощник читает мне рецепты вслух, пока я режу овощи. Очень удобно.
@ [[cp1251/qmark:Илья]]
[[cp1251/qmark:Идея хорошая. Интересно, понимает ли он вопросы во время чтения?]]
@ vera_pechet
Понимает, если говорить чётко.
~ Ответить
