site: Slavic languages newsletter
kind: blog-post
archive_kind: article
language: ru
note: "correct Russian, Ukrainian and Bulgarian with letters that look like cp1251 mojibake (Р, С, Ѓ-like pairs: «Рё», «Сѓ» never occur, but «Р» and «С» start words) next to an English line read as cp1252 — the Cyrillic must stay"
---
~ Рассылка
~ Архив
= Три языка, один помощник
Русский: Роман спросил помощника, как сказать «спасибо» по-болгарски. Сергей Петрович поправил ударение.
Українська: Сьогодні помічник вперше відповів українською без помилок. Ґанок і їжак він вимовив правильно.
Български: Съседът ми пита асистента за времето всяка сутрин. Ъгълът на терасата е любимото му място.
[[cp1252:Note from the editor: we’re still testing — reply if something’s off ✅]]
~ Отписаться
