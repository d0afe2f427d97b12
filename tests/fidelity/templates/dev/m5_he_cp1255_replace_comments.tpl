site: Hebrew parenting forum (הורים ברשת)
kind: forum-thread
archive_kind: forum-thread
language: he
note: "two replies were UTF-8 read as cp1255 with undefined bytes written as U+FFFD (codec/replace): the geresh lead byte survives, the lost continuation is a U+FFFD"
---
~ הורים ברשת
~ פורומים
~ חיפוש
= הילד מדבר עם העוזר הקולי כמו עם חבר
@ שירה
הבן שלי בן שש והוא מספר לעוזר הקולי על היום שלו בגן. זה מצחיק אותי אבל גם קצת מדאיג.
@ [[cp1255/replace:מאיר]]
[[cp1255/replace:אצלנו זה אותו דבר. אני מסבירה לו שזה כלי ולא חבר.]]
@ [[cp1255/replace:אלון]]
[[cp1255/replace:כל עוד הוא לא מחליף חברים אמיתיים, אני לא רואה בעיה.]]
~ הגב
~ דווח
