site: "YOMAN HA-IR (yoman.example.co.il)"
kind: news-article
archive_kind: article
language: he
title: "הספרייה העירונית מלמדת את העוזר הדיגיטלי לומר \"אני לא בטוח\""
note: "a Hebrew local news article: the site's name in Latin capitals, the menu, a breadcrumb whose last crumb is a shortened form of the headline, the headline (ending with a quotation), the deck, the reporter and date, the text, a share row, the comments counter and the footer"
---
~ YOMAN HA-IR
~ חדשות   העיר   תרבות   ספורט   דעות
~ ראשי > חדשות העיר > העוזר הדיגיטלי בספרייה
= הספרייה העירונית מלמדת את העוזר הדיגיטלי לומר "אני לא בטוח"
אחרי חודשיים של ניסוי, הצוות שינה את האופי של העוזר כדי שיודה כשאינו יודע.
@ מאת נועה ברק
~ 05.12.2026 | 14:20
~ שתפו   וואטסאפ   פייסבוק
בהתחלה העוזר ענה על כל שאלה בביטחון מלא, גם כשטעה במיקום של ספר.
הספרניות כתבו לו תיאור אופי חדש: סבלני, קצר, וכן לגבי מה שאינו יודע.
מאז, לדבריהן, פחות קוראים חוזרים לדלפק מתוסכלים.
~ 3 תגובות
~ כל הזכויות שמורות © יומן העיר
