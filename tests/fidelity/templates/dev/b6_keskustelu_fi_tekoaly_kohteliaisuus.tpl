site: "Keskustelupalsta (fi)"
kind: finnish-forum
archive_kind: forum-thread
language: fi
note: "a Finnish discussion board: the board's menu, the thread's counts, each message's author over its time, its like and reply buttons, the pager and the footer; a short reply 'Kiitos!' and a line with a number are the writers' own"
---
~ Siirry sisältöön
~ Etusivu
~ Keskustelut
~ Kirjaudu sisään
~ Rekisteröidy
~ Keskustelut › Tiede ja teknologia › Tekoäly
= Miksi tekoälyavustaja pyytää anteeksi niin usein?
~ Ketjussa 4 viestiä
~ Aloitusviesti
@ kahvinkeittäjä
~ 3.12.2026 klo 19.04
Kysyin avustajalta reseptiä ja se pyysi kolme kertaa anteeksi samassa vastauksessa.
Onko tämä jokin asetus, jonka voi muuttaa?
~ Tykkää
~ Vastaa
~ Ilmoita asiaton viesti
@ lumiukko_77
~ 3.12.2026 klo 19.31
Minusta se on vain kohteliaisuutta. Avustajan kuvauksessa sanotaan, että sen pitää olla ystävällinen mutta suora.
Itse kirjoitan aina alkuun: vastaa lyhyesti ilman pahoitteluja. Toimii 9 kertaa 10:stä.
~ 4 tykkäystä
~ Tykkää
~ Vastaa
~ Ilmoita asiaton viesti
@ kahvinkeittäjä
~ 3.12.2026 klo 20.02
Kiitos!
~ Tykkää
~ Vastaa
~ Ilmoita asiaton viesti
@ mökkihöperö
~ 4.12.2026 klo 8.15
Meillä sama. Lapset alkoivat jo matkia sitä ja pyytelevät anteeksi kaikkea.
~ 1 tykkäys
~ Tykkää
~ Vastaa
~ Ilmoita asiaton viesti
~ Sivu 1 / 1
~ Lue myös
~ Voiko tekoälylle olla kohtelias?
~ Käyttöehdot · Tietosuoja · Evästeasetukset · Ota yhteyttä
