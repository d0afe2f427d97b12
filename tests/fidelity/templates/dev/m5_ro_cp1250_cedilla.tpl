site: Romanian cooking blog (Bucătăria Anei)
kind: blog-post
archive_kind: article
language: ro
note: "an older blog writes ş ţ with cedilla (C5 9F, C5 A3); the comments were UTF-8 read as cp1250 (C5 → Ĺ, 9F → ź, A3 → Ł) — the cedilla letters must come back as cedilla letters, not as comma-below ones"
---
~ Bucătăria Anei
~ Reţete
= Pâine de casă cu ajutorul asistentului
Asistentul din bucătărie îmi spune când să scot pâinea din cuptor. Nu mai ard nicio coajă.
~ Comentarii (2)
@ [[cp1250:Ştefan]]
[[cp1250:Şi eu folosesc un asistent, dar îl ţin pe silenţios dimineaţa.]]
@ [[cp1250:Ioana]]
[[cp1250:Mulţumesc pentru reţetă, o încerc duminică.]]
~ Răspunde
