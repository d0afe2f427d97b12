site: Hebrew poetry blog (בלוג שירה)
kind: blog-post
archive_kind: article
language: he
note: "a blog post with a short vocalised verse (niqqud) quoted from a reader; the quoted block was read as cp1255, so the niqqud and letters became cp1255 characters; the post text is correct"
---
~ בלוג שירה
~ ארכיון
~ אודות
= שיר קטן על עוזר שלא ישן
קוראת שלחה לי שיר קטן שכתבה על העוזר הדיגיטלי שלה, והיא הרשתה לי לפרסם אותו כאן.
[[cp1255:שָׁלוֹם לְךָ, עוֹזֵר קָטָן]]
[[cp1255:אַתָּה עֵר כְּשֶׁאֲנִי יְשֵׁנָה]]
השיר קצר, אבל הוא אומר הרבה על הקשר שנוצר בינינו לבין הכלים האלה.
~ תגובות (0)
~ הוסיפו תגובה
