site: Hebrew social thread mirror
kind: social-thread
archive_kind: social-thread
language: he
note: "correct Hebrew posts whose reaction rows and one emoji were stored through cp1255 (undefined bytes dropped); the Hebrew text is correct and must stay"
---
~ בית
~ חיפוש
@ @tamar_dev
ניסיתי היום לבקש מהבוט לכתוב לי שיר יום הולדת לאבא שלי. יצא מקסים [[cp1255:🎉]]
~ [[cp1255:👍 24 ❤️ 7]]
@ @noam.k
גם אני עשיתי את זה לאמא שלי, והיא בכתה מהתרגשות.
~ [[cp1255:👍 5 😂 2]]
~ הצג עוד תגובות
