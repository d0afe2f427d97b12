site: Ukrainian personal blog
kind: blog-post
archive_kind: article
language: uk
note: "the last paragraph was damaged twice (UTF-8 read as cp1251, then as cp1252) and the bytes cp1252 does not define were dropped"
---
~ Головна
~ Про мене
= Чи потрібен характер кавоварці
~ 12 березня 2025
Моя нова кавоварка вміє говорити і має окремий режим «дружній».
Вона вітається зранку і бажає гарного дня, що спершу здавалося дивним.
[[cp1251>cp1252:Тепер я звикла і навіть чекаю її короткого привітання. Головне, що кава смачна.]]
~ Поділитися
~ Коментарі (2)
