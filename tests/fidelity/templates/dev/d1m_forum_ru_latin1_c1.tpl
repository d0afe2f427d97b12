site: Russian hobby forum (Форум пчеловодов)
kind: forum-thread
archive_kind: forum-thread
language: ru
note: "two answers of a Russian thread were read as latin-1 by a scraper that stripped the C1 controls: every 'р'-'я' and 'А'-'П' lost its second byte ('тут' is 'ÑÑÑ'); the whole letters are restored and the bare leads marked, never guessed; the rest of the thread is written right"
---
~ Форум пчеловодов
~ Главная › Разговоры › Техника и помощники
= Чат-бот для пасеки: кто пробовал?
@ Автор: пасечник_Олег
Добрый вечер. Поставил себе чат-бота, чтобы вести журнал ульев. Отвечает вежливо, но иногда слишком длинно.
Кто-нибудь настраивал ему характер покороче?
~ Ответить Цитировать
@ Автор: marina_med
[[latin_1:Я думаю, что ассистент прав: это очень хорошо, когда он всё объясняет.]]
[[latin_1:Ты тут? Уже поздно, но я попробую ответить завтра.]]
~ Ответить Цитировать
@ Автор: пасечник_Олег
Спасибо, подожду. Пчёлы всё равно спят.
~ Войдите, чтобы ответить
~ © Форум пчеловодов
