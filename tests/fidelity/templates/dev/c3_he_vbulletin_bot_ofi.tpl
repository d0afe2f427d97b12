site: Hebrew vBulletin forum (פורום מחשבים)
kind: forum-thread
archive_kind: forum-thread
language: he
title: האם לבוט יש אופי?
note: 'vBulletin in Hebrew — navbar words, breadcrumb, thread tools, per post the number, date, avatar alt text, online status, user title, join date and post count, the "default" post icon, quote and reply buttons, a quote box header, similar threads, footer with time zone and credit'
---
~ דף הבית
~ הרשמה
~ עזרה
~ רשימת חברים
~ חיפוש
~ הודעות היום
~ חזרה   פורום מחשבים > בינה מלאכותית > דיון כללי
= האם לבוט יש אופי?
~ הגב לאשכול
~ כלי אשכול
~ #1
~ 03-03-2025, 20:14
~ התמונה של נועה_ב
@ נועה_ב
~ נועה_ב מנותק
~ חבר פעיל
~ הצטרף: 05.2020
~ הודעות: 842
~ ברירת מחדל
שאלה שמעסיקה אותי: כשהעוזר הדיגיטלי שלי מסרב לעזור לי לכתוב הודעה מעליבה, זה האופי שלו או סתם כלל?
הוא תמיד מסביר למה בנימוס, אבל לא זז מהעמדה שלו.
~ ציטוט
~ הגב
~ #2
~ 03-03-2025, 21:02
@ עידו
~ עידו מנותק
~ מנהל פורום
~ הצטרף: 11.2013
~ הודעות: 15,230
~ ברירת מחדל
~ ציטוט:
~ במקור נכתב על ידי נועה_ב
הוא תמיד מסביר למה בנימוס, אבל לא זז מהעמדה שלו.
זה בדיוק מה שאנשים קוראים לו אופי: הרגלים יציבים שלא משתנים לפי מצב הרוח של מי שמולך.
~ ציטוט
~ הגב
~ אשכולות דומים
~ למה הבוט מתנצל כל הזמן?
~ כל הזמנים הם GMT +2. השעה כעת 22:40.
~ Powered by vBulletin® Version 4.2.5
~ צור קשר - פורום מחשבים - ארכיון - למעלה
