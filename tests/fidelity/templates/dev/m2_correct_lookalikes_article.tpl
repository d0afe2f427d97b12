site: Language column (The Polyglot Desk)
kind: blog-post
archive_kind: article
language: en
note: no damage at all; names and words whose letters look like mojibake (Hungarian, Icelandic, Portuguese capitals, Vietnamese, Turkish) and a sentence that quotes mojibake literally; every character must stay as written
---
~ The Polyglot Desk
~ Columns
~ Subscribe
= Letters that look broken but are not
~ February 2, 2025
Readers often write to say our pages are garbled when they are not. Take the Hungarian names Győző Ősz and Ildikó Szűcs: the double acute accents are correct.
The Icelandic translator Þórður Ægisson signs his letters with a thorn and an ash, and those are letters too.
A Brazilian sign reading NÃO ESTACIONE and a São Paulo shop called IRMÃOS ALVES both use a capital Ã, which is right in Portuguese.
Vietnamese stacks its marks: Người dùng hỏi trợ lý ảo một câu khó.
Turkish has a dotless ı and a dotted İ, as in Işıl went to İzmir.
Real damage looks different. When UTF-8 is read as Windows-1252, an apostrophe becomes the three characters `â€™` and é becomes `Ã©`, which is how you can tell the two apart.
~ Filed under: Language
~ Share
