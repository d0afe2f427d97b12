site: Bulgarian blog (Дневникът на Мила)
kind: blog-post
archive_kind: article
language: bg
note: "a quoted reader letter was damaged twice: UTF-8 read as cp1251, saved as UTF-8, read as cp1252 with undefined bytes dropped (double mojibake)"
---
~ Дневникът на Мила
~ Статии
= Писмо от читател за гласовите асистенти
Тази седмица получих писмо от читател, който пита дали асистентите имат чувства.
[[cp1251>cp1252:Здравейте, моят асистент винаги ми пожелава лека нощ. Дали той наистина мисли за мен?]]
Отговорих му, че асистентът следва правила, но добрите думи все пак са приятни.
~ Коментари
