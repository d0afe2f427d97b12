site: Slovak discussion board
kind: forum-thread
language: sk
note: "one reply was UTF-8 read as cp1250 (bytes cp1250 does not define dropped); the other posts are correct Slovak"
---
~ Fórum
~ Prihlásiť sa
= Asistent v aute hovorí príliš veľa
@ marek_t
Nový asistent v aute komentuje každú križovatku. Dá sa mu nejako povedať, aby bol tichší?
@ [[cp1250:Ľubica]]
[[cp1250:Áno, v nastaveniach je položka Stručné odpovede. Odvtedy hovorí len to podstatné.]]
@ peter_k
Ďakujem, to skúsim ešte dnes.
~ Odpovedať
