site: Hungarian forum (Kenyérsütők)
kind: forum-thread
archive_kind: forum-thread
language: hu
note: "the thread title and one reply were UTF-8 read as cp1250 (undefined bytes dropped); ő ű (C5 91, C5 B1) and the long vowels come through as two cp1250 letters"
---
~ Kenyérsütők
~ Fórum
= [[cp1250:Kovászt etető asszisztens – működik?]]
@ kata_kovasz
Az asszisztens minden reggel szól, hogy etessem a kovászt. Eddig nagyon hasznos, de néha túl lelkes.
@ [[cp1250:Győző]]
[[cp1250:Nálam is így van, de szerintem ez jó. Inkább szóljon egyszer többet, mint egyszer kevesebbet.]]
@ kata_kovasz
Igazad van, a kenyér a lényeg.
~ Válasz
