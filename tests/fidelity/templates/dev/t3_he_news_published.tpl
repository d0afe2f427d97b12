site: Hebrew news site
kind: news-article
archive_kind: article
language: he
note: "a skip link, the site's name, the menu, the section, the headline and the subtitle, then the author and 'published' and 'updated' lines with dotted dates; share row and related after"
---
~ דלג לתוכן
~ חדשות הגליל
~ ראשי
~ חדשות
~ טכנולוגיה
~ ספורט
~ טכנולוגיה
= העירייה לימדה את הצ'טבוט לדבר פחות ולהקשיב יותר
התושבים התלוננו על תשובות ארוכות מדי, והעירייה שינתה את ההגדרות
@ מאת נועה לוי
~ פורסם: 04.03.25, 10:30
~ עודכן: 04.03.25, 12:05
הצ'טבוט של העירייה עונה על שאלות בנושא ארנונה, חניה ופינוי אשפה.
לפי העירייה, אחרי השינוי התשובות קצרות יותר, והבוט שואל שאלת הבהרה כשהפנייה לא ברורה.
תושבת אחת אמרה שעכשיו היא מרגישה שמקשיבים לה, גם אם מדובר בתוכנה.
~ שתפו
~ כתבות נוספות
