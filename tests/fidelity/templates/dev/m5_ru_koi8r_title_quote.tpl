site: Russian blog (Заметки инженера)
kind: blog-post
archive_kind: article
language: ru
note: "the title and a quoted paragraph were stored through a koi8-r decode of their UTF-8 bytes (lossless: koi8-r defines every byte)"
---
~ Заметки инженера
~ Архив
= [[koi8_r:Почему мой бот извиняется]]
Мой бот для заметок извиняется почти в каждом ответе. Сначала это было мило, потом начало раздражать.
[[koi8_r:«Простите, я не уверен, что правильно понял ваш вопрос», — пишет он, даже когда всё понял.]]
Я убрал из инструкции слово «вежливый», и извинений стало меньше.
~ Комментарии
