site: Persian discussion forum
kind: forum-thread
language: fa
note: "the first post is correct Persian; one reply was UTF-8 read as cp1256; the last reply is correct Arabic-script text with digits and punctuation"
---
~ انجمن
~ ورود
= دستیار صوتی با لحن دوستانه
@ نیلوفر
دستیار صوتی خانه ما خیلی مؤدب است و همیشه قبل از جواب سلام می‌کند.
@ [[cp1256:کاوه]]
[[cp1256:من هم همین تجربه را دارم. لحن آرام آن برای پدرم خیلی مفید است.]]
@ سارا
به نظر من ۳ یا ۴ جمله کوتاه کافی است؛ توضیح طولانی خسته‌کننده است.
~ پاسخ
