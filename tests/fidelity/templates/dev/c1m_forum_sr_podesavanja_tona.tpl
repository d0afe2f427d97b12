site: Serbian community forum (Forum Računari)
kind: forum-thread
archive_kind: forum-thread
language: sr
note: "one answer was read as cp1252, saved as UTF-8 and read again as cp1250 (a Central European code page as the second reading): both layers are undone in one cleaning; the rest of the thread is written right"
---
~ Forum Računari
~ Početna › Veštačka inteligencija › Asistenti
= Kako promeniti ton asistenta u podešavanjima?
@ Napisao: mladen_k
Pozdrav svima, imam pitanje o ličnosti asistenta. Meni deluje previše formalno kad piše o hrani i receptima.
Da li neko zna gde se to menja? Tražio sam u podešavanjima, ali nisam našao ništa slično.
~ Odgovori Citiraj
@ Napisao: vesna_r
[[cp1252>cp1250:Slažem se, ton je namerno podešen da bude učtiv. Može se promeniti u opcijama profila, pod stavkom „Stil pisanja“.]]
[[cp1252>cp1250:Probala sam i opušteniji stil, ali tada češće greši u činjenicama, pa sam vratila staro.]]
~ Odgovori Citiraj
@ Napisao: mladen_k
Hvala, našao sam. Probaću večeras pa javljam kako radi.
~ Prijavi se da bi odgovorio
~ © Forum Računari
