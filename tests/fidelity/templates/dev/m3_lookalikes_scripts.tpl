site: Multilingual notes page
kind: blog-post
archive_kind: article
language: en
note: "correct text in scripts whose letters mojibake also produces (Cyrillic Р and С, Hungarian Ő, Czech Ř, Korean with hanja, Arabic, Polish), next to one damaged English line; nothing but the damaged line may change"
---
~ Home
~ Notes
= Words that look like damage but are not
A Russian acronym list: РСФСР, СССР, РФ and ГОСТ Р 50.
Hungarian: ŐRÜLT ŐSZ, Ő és ŐK. Czech: ŘÍJEN, Řecko, ČR.
Polish: ŁÓDŹ, ŚWIĘTA, ŻÓŁW. Slovak: ĽUBICA, Ďalej.
Korean with hanja: 大韓民國 헌법, 人工知能 연구소, 성격(性格) 검사.
Arabic and Persian: مساعد ذكي، دستیار هوشمند، ١٢٣ و ۴۵۶.
[[cp1252:Then the note said the café’s assistant was “too cheerful”.]]
~ Share
