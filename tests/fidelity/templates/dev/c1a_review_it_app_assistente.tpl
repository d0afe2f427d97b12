site: "Tech review magazine (recensioni.example.it)"
kind: review-site
archive_kind: article
language: it
title: "Recensione Lumetta: l'assistente che ammette di non sapere"
note: "an Italian review magazine: header, breadcrumb, the 'Recensione' label, author/date, the verdict box (Voto, Pro, Contro, Prezzo), the 'Leggi anche' inline box, the table of contents, affiliate disclaimer, 'Acquista su' buttons, the author box, related reviews."
---
~ Vai al contenuto
~ Home Smartphone App Guide Offerte
~ Cerca
~ Home » App » Assistenti
~ Recensione
= Recensione Lumetta: l'assistente che ammette di non sapere
Un assistente vocale con un carattere sobrio, pensato per chi non sopporta le risposte troppo entusiaste.
@ di Marco Fabbri
~ 4 Dicembre 2026
~ Indice dei contenuti
~ Il carattere
~ L'uso quotidiano
~ Il verdetto
~ Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.
Il carattere
Lumetta non cerca di sembrare il tuo migliore amico. Risponde in modo breve, chiede chiarimenti quando la domanda è ambigua e non finge certezze che non ha.
Quando gli abbiamo chiesto quanto lievito serve per un chilo di farina, ha dato una risposta precisa e ha aggiunto che dipende dalla temperatura della cucina.
~ Leggi anche: I migliori assistenti vocali del 2026
L'uso quotidiano
Nelle due settimane di prova lo abbiamo usato per promemoria, ricette e percorsi in bicicletta. Il tono resta coerente anche dopo molte conversazioni.
Il difetto principale è la lentezza quando la connessione è debole.
Il verdetto
Lumetta è una buona scelta per chi preferisce la sincerità alla simpatia a tutti i costi.
~ Voto: 8/10
~ Pro
~ Contro
~ Prezzo: 4,99 € al mese
~ Acquista su Amazon
~ Vedi offerta
~ Condividi
~ Marco Fabbri
~ Scrive di tecnologia e biciclette da dieci anni. Segue i test delle app per la redazione.
~ Recensioni correlate
~ Recensione cuffie Tramonto Pro
~ Recensione bilancia da cucina Grammo
~ P.IVA 01234567890 · Privacy · Cookie policy · © 2026 Recensioni Example
