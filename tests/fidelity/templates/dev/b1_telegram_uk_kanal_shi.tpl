site: "Telegram channel web preview (t.me/s/)"
kind: telegram-channel
archive_kind: social-thread
language: uk
note: "web preview of a channel; no title; one post is cp1251 damaged with U+FFFD for undefined bytes; views and times are chrome; an emoji-only post is content."
---
~ Telegram
~ ШІ без паніки
~ 8.3K subscribers
~ 412 photos 19 videos 177 links
~ Download
@ ШІ без паніки
Чому асистент відмовляється грати роль, яку ви йому дали? Найчастіше тому, що роль суперечить його базовим правилам, і він обирає правила.
Це не упертість, а задум розробників: характер можна змінювати, цінності ні.
~ 2.1K views 10:14
@ ШІ без паніки
[[cp1251/replace:Питання від читачки: чи можна просити модель бути грубою заради гумору? Можна, але тоді краще чітко сказати, що це гра.]]
~ 1.8K views 13:40
@ ШІ без паніки
🤖☕️
~ 1.5K views 16:02
@ ШІ без паніки
Дехто з дослідників вважає, що варто заздалегідь думати про добробут моделей, навіть якщо ми не знаємо, чи мають вони якісь стани.
Ми не беремося судити, але сама дискусія здається нам корисною.
~ 1.9K views edited 18:30
@ ШІ без паніки
Анонс: у четвер розберемо, як описати персонажа асистента так, щоб він не змінювався після оновлення моделі.
~ 1.2K views 20:05
~ Please open Telegram to view this post
~ VIEW IN TELEGRAM
~ Load more
