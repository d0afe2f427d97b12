site: Hebrew tech news site (חדשות טק)
kind: news-article
archive_kind: article
language: he
note: "only the headline and deck were stored through a cp1255 decode (undefined bytes dropped); the article body is correct Hebrew with the same words"
---
~ ראשי
~ טכנולוגיה
~ מדע
= [[cp1255:מחקר חדש: לבוטים יש סגנון קבוע]]
[[cp1255:החוקרים בדקו שלוש מאות שיחות עם בוטים שונים]]
~ 14.02.2025 08:30
מחקר חדש מצא שלבוטים יש סגנון קבוע שנשמר גם כשהשאלות משתנות.
החוקרים בדקו שלוש מאות שיחות עם בוטים שונים, וסימנו בכל שיחה את הטון, את האורך ואת מידת הנימוס.
לדבריהם, הסגנון הקבוע הוא חלק מהאופי שהמפתחים בחרו, ולא תוצאה של מקרה.
~ שתפו בפייסבוק
~ שתפו בוואטסאפ
~ כתבות נוספות
