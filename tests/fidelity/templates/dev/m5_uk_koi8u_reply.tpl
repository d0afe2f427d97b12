site: Ukrainian forum (Кавовий форум)
kind: forum-thread
archive_kind: forum-thread
language: uk
note: "one reply was UTF-8 read as koi8-u (lossless); є і ї ґ are in the text"
---
~ Кавовий форум
~ Теми
= Чи є у кавоварки характер?
@ oksana_kava
Моя нова кавоварка вітається зранку і бажає гарного дня. Мені це подобається.
@ [[koi8_u:Богдан]]
[[koi8_u:У моєї ґудзик для голосу зламався, тож вона мовчить. Її характер тепер — тиша.]]
@ oksana_kava
Ха-ха, це теж характер.
~ Відповісти
