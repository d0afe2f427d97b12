site: "Märkmik (isiklik wiki, DokuWiki)"
kind: "personal-wiki"
archive_kind: "other"
language: "et"
note: "Personal DokuWiki page in Estonian; trace and toolbar chrome; a key: value table line and a heading-like short line are content; scrape duplicate."
---
~ Märkmik
~ Jälg: • algus • aed • tee • rohelised_teed
~ Näita lehekülje lähteteksti  Vanad versioonid  Tagasilingid  Üles
= Rohelised teed
Siia panen kirja, mida olen rohelise tee tõmbamise kohta aja jooksul õppinud.
Vesi ei tohi olla keev, sest siis muutub tee kibedaks.
+^
Parim temperatuur on minu kogemuse järgi umbes kaheksakümmend kraadi.
Sencha
Temperatuur: 75–80 °C
Aeg: 1 minut
Kogus: 1 teelusikatäis tassi kohta
Gyokuro on palju tundlikum ja tahab veel jahedamat vett.
Küsisin kord keelemudelilt nõu ja see soovitas sama, kuid lisas ausalt, et maitse on lõpuks igaühe enda asi.
Järgmisel korral tahan proovida külmtõmmist suvel aias.
Külmtõmmis
Külma vett, tee lehti ja ööpäev külmkapis.
Kui tee jääb liiga nõrk, lisan järgmisel korral rohkem lehti, mitte rohkem aega.
Küsimused
Kas Gyokuro lehti võib teist korda tõmmata?
Vaata ka
aed: piparmündi kasvatamine
~ tee/rohelised_teed.txt · Viimati muudetud: 2026/02/11 21:40 (väline muutmine)
~ Logi sisse
~ Otsi
~ Lehe tööriistad: Muuda seda lehte · Vanad versioonid · Tagasilingid
~ Välja arvatud kohtades, kus on teisiti öeldud, on selle wiki sisu kaitstud järgmise litsentsiga: CC Attribution-Share Alike 4.0 International
