site: Czech hobby forum (Modeláři)
kind: forum-thread
archive_kind: forum-thread
language: cs
note: "one reply was UTF-8 read as cp1250 with the undefined bytes written as U+FFFD (codec/replace)"
---
~ Modeláři
~ Fórum
= Asistent mi pomáhá s lepením modelů
@ honza_m
Asistent mi čte návod k modelu krok po kroku. Je to pohodlnější než listovat papírem.
@ [[cp1250/replace:Věra]]
[[cp1250/replace:Já ho používám na připomínání, kdy má lepidlo zaschnout. Šetří mi to nervy.]]
~ Odpovědět
