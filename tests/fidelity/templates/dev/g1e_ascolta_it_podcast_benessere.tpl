site: "Podcast site (ascolta.example.it)"
kind: podcast-episode
archive_kind: article
language: it
title: "Ep. 42 – I modelli possono stare bene?"
note: "episode page: player chrome and counters between menu lines; show notes with a colon list of chapters; footer with app badges."
---
~ Vai al contenuto
~ Ascolta
~ Il podcast sulle macchine che parlano
~ Episodi
~ Ospiti
~ Sostienici
~ Cerca
~ Stagione 3
= Ep. 42 – I modelli possono stare bene?
~ 18 gennaio 2026
~ 48 min
~ Riproduci
~ Scarica
~ 1.204 ascolti
In questa puntata parliamo di benessere dei modelli con una filosofa e un ingegnere che lavora sull'addestramento dei caratteri.
Ci siamo chiesti se abbia senso preoccuparsi di come sta un modello linguistico, e cosa cambierebbe nel modo in cui lo costruiamo.
Capitoli:
00:00 Introduzione
04:12 Che cosa intendiamo per benessere
19:30 Il carattere come scelta di progetto
36:05 Domande degli ascoltatori
Grazie a chi ci ha scritto dopo la puntata sul tè: le vostre domande sono finite quasi tutte nell'ultima parte.
~ Condividi
~ Trascrizione
~ Ascolta anche su
~ Spotify
~ Apple Podcasts
~ Scarica l'app
~ Disponibile su Google Play
~ Scarica su App Store
~ Privacy
~ Contatti
~ © 2026 Ascolta APS – C.F. 97012345678
