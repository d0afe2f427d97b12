site: phpBB (forum.vcelari-online.example.cz)
kind: phpbb-thread
archive_kind: forum-thread
language: cs
---
~ Přejít na obsah
~ Rychlé odkazy
~ FAQ
~ Registrovat
~ Přihlásit
~ Hlavní stránka ‹ Včelařská technika ‹ Aplikace a software
= Asistent AI mi radí se včelami – věříte mu?
~ Odpovědět
~ Hledat v tématu…
~ 6 příspěvků • Stránka 1 z 1
@ Jaroslav_K
~ Příspěvky: 412
~ Registrován: čtv 14. dub 2016
~ Bydliště: Vysočina
~ Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Jaroslav_K » pon 9. bře 2026 18:22
Zkoušel jsem se ptát AI asistenta, kdy začít s jarní prohlídkou. Odpověď byla rozumná, ale hlavně mě překvapilo, že sám upozornil, že nezná moje místní podmínky a mám se zeptat zkušeného včelaře v okolí.
To mi přijde poctivější než leckterá příručka.
~ Nahoru
@ Bohunka
~ Příspěvky: 88
~ Registrován: stř 2. bře 2022
~ Re: Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Bohunka » pon 9. bře 2026 19:05
@ Jaroslav_K napsal: ↑pon 9. bře 2026 18:22
[[cp1250:sám upozornil, že nezná moje místní podmínky]]
Tohle je u nich prý schválně. Mají to v sobě jako povahový rys – přiznat, co nevědí. Mně to taky sedí.
~ Nahoru
@ Pavel Sedlák
~ Příspěvky: 1530
~ Registrován: pát 5. říj 2012
~ Re: Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Pavel Sedlák » úte 10. bře 2026 7:41
Já jsem skeptik. Jednou mi doporučil krmení cukerným roztokem v poměru, který se u nás nepoužívá. Když jsem ho opravil, hned uznal chybu, ale stejně.
Ověřujte si to, prosím.
~ Nahoru
@ Jaroslav_K
~ Re: Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Jaroslav_K » úte 10. bře 2026 8:15
To jistě. Beru ho jako souseda, co hodně čte, ne jako učitele.
~ Nahoru
@ Bohunka
~ Re: Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Bohunka » úte 10. bře 2026 12:30
:D přesně tak
~ Nahoru
@ Míla z Podhradí
~ Re: Asistent AI mi radí se včelami – věříte mu?
~ Příspěvek od Míla z Podhradí » stř 11. bře 2026 20:02
Poměr 3:2 na podzim, 1:1 na jaře. To vám řekne každý starý včelař i bez umělé inteligence.
~ Nahoru
~ Odpovědět
~ 6 příspěvků • Stránka 1 z 1
~ Zpět na „Aplikace a software“
~ Přejít na
~ Kdo je online
~ Uživatelé procházející toto fórum: Žádní registrovaní uživatelé a 3 hosti
~ Hlavní stránka
~ Smazat cookies z fóra
~ Všechny časy jsou v UTC+01:00
~ Založeno na phpBB® Forum Software © phpBB Limited
~ Český překlad – phpBB.cz
~ Ochrana soukromí | Podmínky
