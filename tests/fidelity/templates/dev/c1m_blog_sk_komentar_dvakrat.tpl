site: Slovak personal blog (Zápisník z dielne)
kind: blog-post
archive_kind: article
language: sk
note: "one reader's comment was read as cp1252 by a converter that wrote U+FFFD for the bytes it could not read (the 8D of č, the 8F of ď), saved as UTF-8 and read as cp1252 again ('Äï¿½'): each lost letter is marked (U+FFFD), in one cleaning"
---
~ Zápisník z dielne
~ Domov Články O mne
= Ako som učil asistenta opravovať bicykel
Minulý týždeň som skúšal, či mi jazykový model pomôže s výmenou reťaze. Odpovedal trpezlivo a krok za krokom.
Keď som sa spýtal na veľkosť kľúča, priznal, že to nevie naisto, a odporučil pozrieť sa do návodu výrobcu.
Taký prístup sa mi páči viac ako sebavedomé hádanie.
~ Zdieľať na sociálnych sieťach
~ Komentáre (2)
@ jana_z
[[cp1252>cp1252/replace:Ďakujem za článok, veľmi pekne napísané. Skúsim to aj ja.]]
@ peter
[[cp1252>cp1252/replace:Ľudia si často myslia, že asistent všetko vie. Toto je dobrý príklad opaku.]]
~ Pridať komentár
