site: Osobní blog na WordPressu (zahradkarka.example)
kind: blog-post
archive_kind: blog-post
language: cs
note: "a Czech WordPress blog: site name and tagline, menu, the category over the title, the 'Publikováno … autor … 3 komentáře' line, the text, the share row and 'To se mi líbí', the 'Související' block with dates, the comment section: heading with the count, each commenter's name (metadata) and date, the comments' text (content), reply buttons, the comment form"
---
~ Zahrádkářka
~ Zápisky z malé zahrady na okraji města
~ Úvod   O mně   Recepty   Kontakt
~ Zahrada
= Zeptala jsem se chatbota, kdy zasadit česnek
~ Publikováno 1. 12. 2026 autor Alena Nováková · 3 komentáře
Letos jsem byla se sázením česneku pozdě, a tak jsem se večer zeptala chatbota, jestli to ještě má smysl. Čekala jsem jednoduché ano nebo ne.
Odpověděl opatrně. Napsal, že to záleží na tom, jestli už zamrzla půda, a že mi nemůže říct, jaké počasí bude u nás na zahradě. Poradil mi zeptat se sousedů nebo v místním zahradnictví.
Tak jsem to udělala. Paní ze zahradnictví řekla, že do poloviny prosince je to v pohodě, jen mám stroužky dát trochu hlouběji.
Česnek je v zemi a já jsem ráda, že mi ten program nesliboval nic, co nemohl vědět.
~ Sdílejte:
~ Facebook   X   E-mail   Tisk
~ To se mi líbí:
~ To se mi líbí Načítání...
~ Související
~ Jak jsem zazimovala rozmarýn
~ 14. 11. 2026
~ Rajčata na balkoně: co se povedlo a co ne
~ 2. 9. 2026
~ 3 komentáře
@ Petr Dvořák
~ 1. 12. 2026 v 19:20
My jsme sázeli minulý týden a zatím to vypadá dobře. Hlavně ho zamulčujte.
~ Odpovědět
@ Alena Nováková
~ 1. 12. 2026 v 20:05
Díky, listí mám připravené!
~ Odpovědět
@ Jana K.
~ 2. 12. 2026 v 8:41
Zajímavé, že chatbot přiznal, že neví. Ten náš doma vždycky něco vymyslí.
~ Odpovědět
~ Napsat komentář
~ Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *
~ Odeslat komentář
~ Hrdě poháněno WordPressem
