site: "Keskustelufoorumi (fi, phpBB-like)"
kind: finnish-forum
archive_kind: forum-thread
language: fi
title: "Leipäavustaja neuvoo aina liian pitkää kohotusta"
note: "a Finnish board in a phpBB style: the menu and crumbs, the thread's counts, each message's author with rank, post count, join date and place, the time line, the quote and report buttons, a signature, the pager and the who-is-online footer; a short 'Samaa mieltä.' and a reply with a temperature stay"
---
~ Hyppää sisältöön
~ Etusivu
~ Haku
~ Kirjaudu
~ Rekisteröidy
~ Foorumi › Ruoka ja juoma › Leivonta
= Leipäavustaja neuvoo aina liian pitkää kohotusta
~ Vastaa viestiin
~ Hae tästä ketjusta…
~ 4 viestiä • Sivu 1/1
@ ruisjauho
~ Aloittelija
~ Viestit: 23
~ Liittynyt: Tammi 2024
~ Paikkakunta: Oulu
~ Kirjoitettu 4.12.2026 klo 18.12
Kysyin tekoälyavustajalta ruisleivän kohotusaikaa ja se ehdotti kahdeksaa tuntia.
Taikina valui pellille kuin puuro. Onko avustajalla jokin oletus lämpimästä keittiöstä?
~ Lainaa
~ Ilmianna
@ Hapanjuuri
~ Konkari
~ Viestit: 2 914
~ Liittynyt: Maalis 2012
~ Paikkakunta: Kuopio
~ Kirjoitettu 4.12.2026 klo 18.40
Sillä on selvästi oletuksena 24 astetta. Kerro sille keittiön lämpötila, niin aika lyhenee.
21 astetta
~ _________________
~ Juuri elää, leipoja odottaa.
~ Lainaa
~ Ilmianna
@ ruisjauho
~ Aloittelija
~ Viestit: 23
~ Liittynyt: Tammi 2024
~ Paikkakunta: Oulu
~ Kirjoitettu 4.12.2026 klo 19.05
Samaa mieltä. Kerroin lämpötilan ja vastaus muuttui heti järkevämmäksi.
~ Lainaa
~ Ilmianna
~ Palaa alkuun
~ 4 viestiä • Sivu 1/1
~ Paluu: Leivonta
~ Kuka on paikalla
~ Käyttäjiä lukemassa tätä aluetta: Ei rekisteröityneitä käyttäjiä ja 2 vierasta
~ Poista evästeet
~ Kaikki ajat ovat UTC+02:00
