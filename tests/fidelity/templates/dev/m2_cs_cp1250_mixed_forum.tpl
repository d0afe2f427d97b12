site: Czech discussion board (Kavárna)
kind: forum-thread
language: cs
note: the opening post is correct Czech; one reply was stored through a cp1250 decode, one through cp1252 (bytes each codec leaves undefined dropped)
---
~ Kavárna
~ Diskuze
~ Přihlásit
= Má mít asistent v bance vlastní povahu?
@ petra_n
~ 3. 2. 2025
Banka nám nabídla asistenta, který mluví velmi přátelsky. Mně to přijde zbytečné, chci jen rychlou odpověď.
@ [[cp1250:Jiří]]
[[cp1250:Souhlasím. Přátelský tón je fajn, ale ne když řeším ztracenou kartu.]]
@ tomas_b
[[cp1252:Já bych byl rád, kdyby uměl říct, že něco neví. To je důležitější než povaha.]]
~ Odpovědět
