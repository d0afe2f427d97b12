site: Hebrew XenForo forum (פורום מחשבים ובינה)
kind: forum-thread
archive_kind: forum-thread
language: he
note: 'XenForo 2 in Hebrew: skip link, nav tabs, login and register, breadcrumb, thread starter and start date, per post join date and message count (label and value on separate lines), the post date and "#N", like/quote/reply buttons, reactions summary, the register prompt, share row, similar threads and the footer. A reply of two thumbs up and "תודה!" are content.'
---
~ דלג לתוכן
~ פורומים
~ הודעות חדשות
~ חיפוש בפורומים
~ מה חדש
~ התחברות
~ הרשמה
~ פורומים
~ בינה מלאכותית
= האם לבוט יש אופי קבוע?
~ פותח הנושא נועה_ל
~ תאריך התחלה 4 במרץ 2025
@ נועה_ל
~ חבר
~ הצטרף
~ 12 בינואר 2020
~ הודעות
~ 1,204
~ 4 במרץ 2025
~ #1
אני משתמשת בעוזר צ'אט כבר כמה חודשים, ויש לי תחושה שיש לו אופי משלו. הוא תמיד זהיר, אף פעם לא ממהר להסיק מסקנות.
האם זה באמת אופי, או שאני רק רואה דפוסים במקום שאין?
~ לייק
~ ציטוט
~ תגובה
@ יוסי_ב
~ חבר פעיל
~ הצטרף
~ 3 במאי 2016
~ הודעות
~ 8,420
~ 4 במרץ 2025
~ #2
זה דפוס אמיתי. המודל אומן להתנהג בצורה עקבית, ולכן ההתנהגות חוזרת על עצמה משיחה לשיחה.
👍👍
~ לייק
~ ציטוט
~ תגובה
@ נועה_ל
~ חבר
~ הצטרף
~ 12 בינואר 2020
~ הודעות
~ 1,204
~ 5 במרץ 2025
~ #3
תודה!
~ לייק
~ ציטוט
~ תגובה
~ עליך להתחבר או להירשם כדי להגיב כאן.
~ שתף:
~ פייסבוק
~ וואטסאפ
~ שלח קישור
~ אשכולות דומים
~ איך גורמים לבוט לדבר פחות רשמי?
~ צור קשר
~ תנאים וכללים
~ מדיניות פרטיות
~ עזרה
~ בית
~ Community platform by XenForo® © 2010-2025 XenForo Ltd.
