site: Israeli developer blog (קוד פתוח)
kind: blog-post
archive_kind: article
language: he
note: "Hebrew mixed with English product names, numbers, a percentage and RTL punctuation (gershayim in acronyms, geresh after ג, a quotation in Hebrew quotes); one paragraph was read as cp1255, the rest is correct — the correct geresh ׳ and gershayim ״ must stay"
---
~ קוד פתוח
~ פוסטים
~ צור קשר
= בדקנו את GPT ואת Claude על 40 שאלות
בדקנו שני מודלים, GPT ו-Claude, על 40 שאלות בעברית. התשובות נבדקו על ידי שלושה סטודנטים מהאוניברסיטה בת״א.
המודל הראשון ענה נכון על 31 שאלות, כלומר 77.5%, והשני על 34 שאלות.
[[cp1255:בשאלה על ג׳ירפות שני המודלים טעו, אבל רק אחד מהם אמר "אני לא בטוח".]]
לדעתנו, היכולת לומר "אני לא בטוח" חשובה יותר מעוד 3 תשובות נכונות.
~ תגיות: AI, מודלים, עברית
~ 5 תגובות
