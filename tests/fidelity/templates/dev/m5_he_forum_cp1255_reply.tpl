site: Hebrew hobby forum (פורום אופה)
kind: forum-thread
archive_kind: forum-thread
language: he
note: "one reply of a Hebrew forum thread was UTF-8 read as cp1255; the lead byte D7 becomes the geresh ׳ and the bytes cp1255 leaves undefined (the continuations of א ך ל ם מ ן) are dropped"
---
~ דף הבית
~ פורומים
~ התחברות
= עוזר קולי במטבח: שווה את זה?
@ מיכל_אופה
~ 12.01.2025, 09:12
קניתי רמקול חכם עם עוזר קולי, והוא מקריא לי את המתכון בזמן שאני לשה בצק.
לפעמים הוא מדבר יותר מדי, אבל בסך הכול הוא עוזר לי מאוד.
@ [[cp1255:יוסי]]
~ 12.01.2025, 10:40
[[cp1255:גם אצלי יש עוזר כזה. ביקשתי ממנו לדבר פחות והוא הקשיב.]]
@ רותם
~ 12.01.2025, 11:05
תודה, אנסה לבקש ממנו לדבר פחות.
~ הגב
~ ציטוט
