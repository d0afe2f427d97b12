site: "Recenze.cz"
kind: product-review
archive_kind: article
language: cs
note: "Czech review site; title after the section label; verdict paragraphs partly decoded as cp1250; pros/cons lists and a score line are content; user-rating widgets are chrome."
---
~ Recenze.cz
~ Mobily
~ Počítače
~ Sport
~ Domácnost
~ Přihlásit
~ Recenze › Sport › Cyklistika
~ RECENZE
= Chytrý cyklocomputer Stopa 3 s hlasovým asistentem: ukecaný, ale užitečný
@ Autor: Lukáš Doležal
~ 22. 4. 2025
~ 14 komentářů
Stopa 3 je první cyklocomputer, se kterým se dá normálně mluvit. Zeptáte se na převýšení do cíle a odpoví vám hlasem, místo abyste na kopci mžourali na displej.
[[cp1250:Asistent má nastavitelnou povahu: věcnou, povzbudivou a „trenérskou“. Věcná verze mi vyhovovala nejvíc, protože neříká nic navíc.]]
[[cp1250:Povzbudivá verze je na delších výjezdech únavná. Po třetím „skvělá práce, jen tak dál“ jsem ji vypnul a jel dál v tichosti.]]
Oceňuji, že asistent přizná, když nemá signál, a nevymýšlí si čas příjezdu. To u podobných zařízení není samozřejmost.
Plusy:
- přesná navigace i v lese
- výdrž baterie přes 20 hodin
- asistent umí říct „nevím“
Minusy:
- povzbudivá povaha je příliš upovídaná
- nabíjecí kabel je krátký
Celkové hodnocení: 8/10
~ Hodnocení čtenářů: ★★★★☆ (37 hlasů)
~ Ohodnoťte
~ Sdílet
~ Související recenze
~ Garmin a Wahoo: souboj cyklocomputerů
~ Nejlepší zadní světla na kolo
~ Diskuse (14)
~ Přidat komentář
~ Reklama
~ © 2025 Recenze.cz · Kontakt · Reklama · Ochrana osobních údajů
