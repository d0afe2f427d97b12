site: Bilingual community newsletter
kind: blog-post
archive_kind: article
language: he
note: "correct Hebrew with geresh, gershayim, maqaf and the shekel sign ₪ next to an English paragraph whose apostrophes and an emoji were read as cp1252 — the Hebrew must come out unchanged"
---
~ עלון הקהילה
~ גיליונות קודמים
= עלון מרץ: סדנת בינה מלאכותית לכל המשפחה
ביום ג׳ הקרוב תתקיים סדנה על עוזרים דיגיטליים בבית, בהנחיית ד״ר נעמה לוי.
מחיר הכניסה 20 ₪ למבוגר, וילדים עד גיל 12 נכנסים בחינם.
[[cp1252:For English speakers: it’s a hands‑on session, bring a laptop 💻 and your questions.]]
נשמח לראות אתכם — ההרשמה באתר הקהילה עד יום ה׳.
~ להסרה מרשימת התפוצה
