site: "פורום המטבח (phpBB, hamitbach.example.co.il)"
kind: phpbb-thread
archive_kind: forum-thread
language: he
note: "a Hebrew phpBB thread with a two-word title ('שאור ועוזר'), the board's name and breadcrumb above it, the thread's tools under it; each post's author is metadata, its header and the reply buttons are chrome"
---
~ פורום המטבח
~ אינדקס הפורומים ‹ אפייה ‹ לחם
= שאור ועוזר
~ תגובה חדשה   כלים לנושא   חיפוש בנושא
~ 2 הודעות • עמוד 1 מתוך 1
@ נועה_אופה
~ ה' מרץ 05, 2026 8:14 pm
שאלתי את העוזר כמה זמן להשאיר את השאור במקרר, והוא שאל קודם מה הטמפרטורה במטבח.
בסוף יצא לחם טוב יותר מכל מתכון שניסיתי.
~ ציטוט
@ אבי_ק
~ ה' מרץ 05, 2026 9:02 pm
גם אצלי העוזר מתעקש לשאול על הטמפרטורה. זה מעצבן אבל עובד.
~ ציטוט
