site: "Diskusní fórum (forum.domacnost.example.cz)"
kind: forum-thread
archive_kind: forum-thread
language: cs
title: "Asistent mi radil s chlebem, máte taky zkušenost?"
note: "a Czech forum thread: replies that are one word or a sign (\"Díky!\", \"+1\", \"Souhlas.\", \"Taky.\"), a quote with its attribution line (metadata), a reply of numbers (oven temperatures), an emoji-only reply and a name in the text that looks like a handle (@pekar_77); the forum's menu, the posts' numbers, dates, counters and buttons, the pager and footer are chrome"
---
~ Domácnost – fórum
~ Úvod   Fóra   Hledat   Přihlásit   Registrace
~ Fórum › Vaření a pečení › Chléb
= Asistent mi radil s chlebem, máte taky zkušenost?
~ Odpovědí: 6 · Zobrazeno: 1 204×
@ pekar_77
~ #1
~ 3. 12. 2026 19:04
Zeptal jsem se asistenta, proč mi kvásek neroste, a místo rady mi nejdřív položil tři otázky.
Nakonec měl pravdu, bylo mi v kuchyni moc zima.
~ Odpovědět   Citovat
@ Lenka_S
~ #2
~ 3. 12. 2026 19:20
Taky.
Mně se ptal na mouku, jestli je celozrnná.
~ Odpovědět   Citovat
@ Vojta
~ #3
~ 3. 12. 2026 19:45
+1
~ Odpovědět   Citovat
@ Marta K.
~ #4
~ 3. 12. 2026 20:02
@ pekar_77 napsal:
| > Nakonec měl pravdu, bylo mi v kuchyni moc zima.
Souhlas.
@pekar_77 zkus dát kvásek do trouby jen se zapnutým světlem.
~ Odpovědět   Citovat
@ Honza
~ #5
~ 3. 12. 2026 21:10
250 230 210
Takhle mi to asistent rozepsal po deseti minutách pečení.
~ Odpovědět   Citovat
@ pekar_77
~ #6
~ 4. 12. 2026 07:31
Díky!
🍞
~ Odpovědět   Citovat
~ Stránka 1 z 1
~ Pravidla fóra   Kontakt   Ochrana soukromí
~ © 2026 Domácnost
