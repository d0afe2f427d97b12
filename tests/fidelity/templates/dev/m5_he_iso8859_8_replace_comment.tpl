site: Hebrew news comments (תגוביות)
kind: news-article
archive_kind: article
language: he
note: "a comment was UTF-8 read as ISO-8859-8 with undefined bytes replaced by U+FFFD: every lead byte D7 is one U+FFFD, the C1 continuation bytes are stripped, and only ש ת and a few letters keep a byte — the letters are lost, their number is not"
---
~ חדשות
~ תרבות
= בוטים עם אופי: ברכה או קללה?
~ 02.03.2025
יותר ויותר חברות נותנות לבוטים שלהן שם, קול ואופי משלהם.
יש משתמשים שאוהבים את זה, ויש כאלה שמעדיפים כלי שקט שרק עונה על השאלה.
~ תגובות
@ אבי
[[iso8859_8/replace:שבת שלום]]
@ דנה
אני מעדיפה בוט שקט, בלי בדיחות.
~ הגיבו לכתבה
