site: Czech news site comments (Zprávy dne)
kind: news-article
archive_kind: article
language: cs
note: "the article is correct Czech; the two comments were UTF-8 read as cp1250 with the undefined bytes dropped (the lone lead of č ř š ž keeps its pair in cp1250, the lead of letters whose second byte is 81 83 88 90 98 loses it)"
---
~ Zprávy dne
~ Domácí
~ Zahraničí
= Hlasoví asistenti se učí mluvit česky
Hlasoví asistenti už rozumějí češtině lépe než před dvěma lety. Stále ale chybují u skloňování a u jmen měst.
Vývojáři říkají, že pomáhají hlavně nahrávky dobrovolníků z celé republiky.
~ Diskuze (2)
@ [[cp1250:Přemysl]]
[[cp1250:Můj asistent pořád říká Ústí nad Labem s přízvukem na špatné slabice. Jinak je šikovný.]]
@ [[cp1250:Šárka]]
[[cp1250:Čeština je těžká i pro lidi, tak se nedivím. Důležité je, že se zlepšuje.]]
~ Přidat komentář
