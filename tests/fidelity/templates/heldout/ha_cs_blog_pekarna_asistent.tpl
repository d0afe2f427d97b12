site: Czech personal blog (Blogspot-style, zapisnikzpekarny.blogspot.com)
kind: blog-post
archive_kind: blog-post
language: cs
note: Blogger theme chrome (blog name and motto, date heading, 'Vystavil ... v ...' post footer as metadata, share buttons, labels, older/newer links, 'Přihlásit se k odběru' feed links, sidebar archive and profile); one reader comment was saved through an ISO-8859-2 decode of its UTF-8 bytes (C1 controls dropped)
---
~ Přeskočit na hlavní obsah
~ Zápisník z pekárny
~ O chlebu, kvasu a jednom tvrdohlavém asistentovi
~ Domů
~ O mně
~ Recepty
~ čtvrtek 6. února 2025
= Asistent, který nechtěl chválit můj chleba
Minulý týden jsem si nechala poradit od jazykového modelu, proč mi žitný chléb pořád praská na boku. Popsala jsem mu teplotu trouby, dobu kynutí i to, jak dlouho nechávám kvas v lednici.
Čekala jsem, že mi jako obvykle řekne, jak krásný bochník to musí být. Místo toho se zeptal, jestli bochník před pečením nařezávám, a když jsem přiznala, že ne, vysvětlil mi, že pára si prostě najde cestu sama.
Nejdřív mě to trochu urazilo. Pak jsem si uvědomila, že přesně tohle chci od každého rádce: aby mi neříkal, co chci slyšet, ale co potřebuji vědět.
Dnes ráno jsem nařízla bochník ostrou žiletkou do kříže. Nepraskl. Asistentovi jsem to napsala a on odpověděl, že ho to těší, což mi přišlo milé, i když nevím, jestli to tak myslel.
@ Vystavila Jana Horáková v 8:15
~ 4 komentáře:
~ Sdílet
~ Odeslat e-mailem
~ BlogThis!
~ Sdílet na X
~ Sdílet na Facebooku
~ Štítky: chléb, kvas, umělá inteligence
@ Petr Doležal
~ 6. února 2025 v 10:02
[[iso8859_2:Zajímavé, mně naopak pořád tvrdil, že mám málo vody. Asi záleží, jak se člověk zeptá.]]
~ Odpovědět
@ Jana Horáková
~ 6. února 2025 v 12:40
Petře, zkus mu napsat přesné gramy. Když jsem psala jen „trochu vody“, radil dost naslepo.
~ Odpovědět
~ Přidat komentář
~ Novější příspěvek
~ Starší příspěvek
~ Domovská stránka
~ Přihlásit se k odběru: Komentáře k příspěvku (Atom)
~ Archiv blogu
~ O mně
~ Zobrazit celý můj profil
~ Používá technologii Blogger.
