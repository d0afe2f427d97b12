site: Czech phpBB forum (Fórum Domácí technika)
kind: forum-thread
archive_kind: forum-thread
language: cs
note: 'phpBB 3 prosilver in Czech — quick links, board index breadcrumb, reply button and topic tools, post count with page, subject lines, "od … »" lines, profile fields after posts (Příspěvky, Registrován, Bydliště), "Nahoru", "Zpět na", "Přejít na", who is online, footer; content with "Odpovědět" in a sentence and a short thank-you'
---
~ Přejít na obsah
~ Rychlé odkazy
~ Nepřečtená témata
~ Aktivní témata
~ Hledat
~ FAQ
~ Registrovat
~ Přihlásit se
~ Obsah fóra ‹ Počítače ‹ Umělá inteligence
= Má asistent v telefonu náladu?
~ Odpovědět
~ Nástroje tématu
~ 3 příspěvky • Stránka 1 z 1
~ Má asistent v telefonu náladu?
@ od jirka_p » pon 3. bře 2025 19:40
Hlasový asistent mi dnes odpověděl nezvykle stroze. Včera přitom žertoval a ptal se, jak se mám.
Může mít něco jako náladu, nebo jen náhodou vybírá jiný styl?
@ jirka_p
~ Příspěvky: 58
~ Registrován: stř 11. říj 2017 8:12
~ Bydliště: Brno
~ Nahoru
~ Re: Má asistent v telefonu náladu?
@ od lenka_tech » pon 3. bře 2025 20:22
Náladu v lidském smyslu nemá. Jeho odpovědi ale obsahují prvek náhody, takže styl se mezi rozhovory mění.
Odpovědět vám přesně nedokážu, protože nevím, jaký model telefon používá.
@ lenka_tech
~ Příspěvky: 1204
~ Registrován: čtv 2. úno 2012 18:30
~ Nahoru
~ Re: Má asistent v telefonu náladu?
@ od jirka_p » úte 4. bře 2025 7:05
Díky!
Zkusil jsem se zeptat znovu a tentokrát byl zase vtipný.
@ jirka_p
~ Příspěvky: 58
~ Registrován: stř 11. říj 2017 8:12
~ Bydliště: Brno
~ Nahoru
~ Odpovědět
~ 3 příspěvky • Stránka 1 z 1
~ Zpět na „Umělá inteligence“
~ Přejít na
~ Kdo je online
~ Uživatelé procházející toto fórum: Žádní registrovaní uživatelé a 1 host
~ Obsah fóra
~ Smazat všechny cookies fóra
~ Všechny časy jsou v UTC+01:00
~ Provozováno na phpBB® Forum Software © phpBB Limited
~ Český překlad – phpBB.cz
~ Soukromí | Podmínky
