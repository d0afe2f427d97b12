site: Czech personal WordPress blog (Hanin zápisník)
kind: blog-post
archive_kind: blog-post
language: cs
note: 'Czech WordPress theme on a personal blog — skip link, menu one item a line, date and author and category lines, comment count, share row, tags, previous/next post links, comments with dates and "Odpovědět", the comment form, sidebar widgets (recent posts, archive by month, categories), cookie notice and footer'
---
~ Přeskočit na obsah
~ Hanin zápisník
~ Domů
~ O mně
~ Archiv
~ Kontakt
= Když mi chatbot začal tykat
~ Publikováno 12. 3. 2025 v 21:14
~ Autor: Hana
~ Rubrika: Technologie
~ Komentáře (3)
Minulý týden jsem si všimla drobnosti, která mi nedala spát. Asistent, se kterým si píšu o receptech, mi najednou začal tykat.
Nikdy jsem ho o to nežádala. Stačilo, že jsem sama napsala neformálně, a on se přizpůsobil během jediné odpovědi.
Zajímalo by mě, jestli je to vlastnost jeho povahy, nebo jen zrcadlení. Člověk by řekl, že jde o totéž, ale není tomu tak.
Když jsem ho poprosila, ať mi zase vyká, omluvil se a vydržel to až do konce rozhovoru. Druhý den začal znovu od nuly.
~ Sdílet:
~ Facebook
~ Twitter
~ E-mail
~ Štítky: umělá inteligence, chatboty, čeština
~ « Předchozí článek
~ Kváskový chléb podruhé
~ Další článek »
~ Jak jsem přestala nosit deštník
~ 3 komentáře
@ Petr
~ 12. 3. 2025 v 22:03
Mně se stalo přesně totéž, jen obráceně. Psal jsem mu spisovně a on mi vykal celý měsíc.
~ Odpovědět
@ Hana
~ 13. 3. 2025 v 7:45
Díky, to je dobrý postřeh. Asi opravdu jen kopíruje tón toho, kdo píše.
~ Odpovědět
@ Marta
~ 14. 3. 2025 v 18:20
Odpovědět mu stejným tónem je podle mě úplně přirozené, lidé to dělají také.
~ Odpovědět
~ Přidat komentář
~ Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *
~ Komentář *
~ Jméno *
~ E-mail *
~ Webová stránka
~ Uložit mé jméno, e-mail a webovou stránku v tomto prohlížeči pro budoucí komentáře.
~ Odeslat komentář
~ Nejnovější příspěvky
~ Kváskový chléb podruhé
~ Jak jsem přestala nosit deštník
~ Archivy
~ Březen 2025
~ Únor 2025
~ Rubriky
~ Technologie
~ Vaření
~ Tento web používá soubory cookie. Používáním webu souhlasíte s jejich používáním.
~ Rozumím
~ © 2025 Hanin zápisník
~ Hrdě poháněno WordPressem
