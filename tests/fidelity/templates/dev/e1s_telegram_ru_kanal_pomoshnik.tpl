site: "Telegram channel (t.me/s, ru, polls and forwards)"
kind: telegram-channel
archive_kind: social-thread
language: ru
title: null
note: "a Telegram channel's web preview in Russian: the channel header (name, handle, description, subscriber/photo/link counts), the 'forwarded from' note, each post's channel name (metadata), the reaction row, views, edited mark and time under every post, an anonymous poll with its vote count, a link preview (site, title, description), the comments counter and the preview footer; a post that is one word stays"
---
~ Telegram
~ Помощник и характер
~ @pomoshnik_harakter
~ Заметки о том, как у языковых моделей появляется манера речи. Пишет один человек, по вечерам.
~ 8.7K подписчиков
~ 214 фото
~ 12 видео
~ 57 ссылок
~ Открыть в Telegram
@ Помощник и характер
Сегодня спросил у модели, какой у неё любимый сорт яблок. Она честно сказала, что вкуса не знает, но охотно рассказала, почему антоновку любят за кислинку.
Вот это и есть характер, по-моему: не выдумывать, но и не закрываться.
~ 👍 214 🔥 31 🤔 9
~ 👁 5.2K
~ изменено
~ 09:12
~ Переслано из Чайник и код
@ Помощник и характер
Короткое наблюдение: чем вежливее вопрос, тем длиннее ответ. Проверял на сорока вопросах про варенье.
~ 👍 98 😁 12
~ 👁 4.8K
~ 13:40
@ Помощник и характер
Опрос: должна ли модель признаваться, что устала, если это просто фигура речи?
Да, это честно
Нет, это путает людей
Не знаю
~ Анонимный опрос
~ 1 204 голоса
~ 👁 4.1K
~ 18:05
@ Помощник и характер
Нашёл хорошую статью о том, как вежливость отличается от угодливости.
~ Журнал о машинах
~ Вежливость без угодливости
~ Почему хороший собеседник иногда спорит.
~ 👍 61
~ 👁 3.9K
~ 21:30
~ 24 комментария
@ Помощник и характер
Спасибо.
~ 👍 40 ❤ 17
~ 👁 3.1K
~ 22:02
~ Загрузить ещё
~ Если у вас есть Telegram, вы можете открыть этот канал прямо сейчас.
~ Открыть канал
