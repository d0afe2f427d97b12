site: Czech personal blog (WordPress)
kind: blog-post
archive_kind: blog-post
language: cs
note: "a Czech skip link, the blog's name with its tagline, the menu, the headline, then a 'published on … by …' line and the category; the comment form after"
---
~ Přeskočit na obsah
~ Zápisník z dílny
~ Poznámky o dřevě, nástrojích a občas o umělé inteligenci
~ Domů
~ O mně
~ Kontakt
= Zeptal jsem se chatbota, jak naostřit dláto
~ Publikováno 4. března 2025 autorem Petr
~ Rubrika: Nástroje
Ostření dláta jsem se učil od dědy, ale postup jsem už trochu zapomněl. Tak jsem se zeptal chatbota.
Odpověď byla překvapivě rozumná: úhel, pořadí kamenů i to, že se má ostřit pomalu a bez tlaku.
Jen jednu věc si vymyslel, tvrdil, že se dláto po broušení má namočit do oleje. Děda by se smál.
~ Napsat komentář
~ Vaše e-mailová adresa nebude zveřejněna.
