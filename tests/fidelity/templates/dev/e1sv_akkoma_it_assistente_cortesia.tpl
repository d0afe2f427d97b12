site: "Akkoma (akkoma.esempio.it, thread)"
kind: akkoma-thread
archive_kind: social-thread
language: it
title: null
note: "an Akkoma conversation in Italian: the instance's side panel and login box, each post's name and handle (metadata), the relative time and the visibility and client marks, the reply/repeat/favourite/react buttons with their counts, an emoji reaction row, the repeat notice, a content warning whose text is content with its 'Mostra di più', an attachment's description badge, 'Traduci' and the instance footer; a one-word reply stays"
---
~ Akkoma
~ Accedi
~ Registrati
~ Cronologia pubblica
~ Rete conosciuta
~ Conversazione
@ Lucia Ferraro
@ @lucia@akkoma.esempio.it
~ 5g
~ Pubblico
~ via Akkoma-FE
Il mio assistente di scrittura ha smesso di darmi sempre ragione da quando gli ho chiesto di essere onesto anche quando è scomodo.
Adesso mi dice che i miei finali sono frettolosi. Ha ragione, purtroppo.
~ Traduci
~ Rispondi
~ 6
~ Ripeti
~ 14
~ Preferito
~ 40
~ Reagisci
~ 👏 5 😅 3
~ Marco Gentile ha ripetuto
@ Marco Gentile
@ @marcog@social.esempio.org
~ 4g
~ Pubblico
~ via Tusky
Avviso: opinione impopolare
Un assistente che non dà mai ragione è fastidioso quanto uno che la dà sempre. Serve misura, non franchezza a ogni costo.
~ Mostra di più
~ Traduci
~ Rispondi
~ 2
~ Ripeti
~ 5
~ Preferito
~ 19
~ Reagisci
@ Lucia Ferraro
@ @lucia@akkoma.esempio.it
~ 4g
~ Pubblico
~ via Akkoma-FE
Vero. Gli ho mostrato una foto della mia scrivania disordinata e ha detto solo che la luce era bella.
~ ALT
~ Traduci
~ Rispondi
~ 1
~ Ripeti
~ 0
~ Preferito
~ 11
~ Reagisci
@ Paola R.
@ @paola@akkoma.esempio.it
~ 3g
~ Non in elenco
~ via Akkoma-FE
Diplomatico.
~ Traduci
~ Rispondi
~ 0
~ Ripeti
~ 0
~ Preferito
~ 7
~ Reagisci
~ Carica altro
~ Offerto da Akkoma
~ Termini di servizio
~ Informazioni su questa istanza
