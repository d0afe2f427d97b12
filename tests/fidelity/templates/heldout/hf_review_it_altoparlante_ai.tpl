site: "Sito di recensioni (recensioni.example.it)"
kind: review-site
archive_kind: article
language: it
title: "Recensione: Lumetta Casa, l'altoparlante con un assistente dal carattere gentile"
note: "Italian product review: nav and breadcrumb, headline, byline and date, star score and spec box, pros/cons labels, verdict heading (content), price widget, user-rating block, newsletter and footer."
---
~ Recensioni Example
~ Smartphone Audio Casa intelligente Offerte
~ Home › Casa intelligente › Altoparlanti
= Recensione: Lumetta Casa, l'altoparlante con un assistente dal carattere gentile
@ di Giulia Ferraro
~ 19 gennaio 2026 · 6 min di lettura
~ Voto: 4 su 5 ★★★★☆
~ Prezzo: 129 € · Connettività: Wi-Fi, Bluetooth · Peso: 820 g
Ho usato Lumetta Casa per tre settimane in cucina, soprattutto per timer, ricette e qualche domanda sul tè.
L'audio è pulito ma non potente: per una cucina va benissimo, per una festa no.
La vera particolarità è l'assistente. Il produttore dichiara di averlo progettato con un carattere preciso, calmo e sincero, e si sente.
Quando non sa una cosa lo dice, e non prova a vendermi altri prodotti dell'azienda. Una sera gli ho chiesto se si stancasse delle mie domande: ha risposto con garbo che non sa se prova qualcosa del genere, senza drammi e senza battute.
~ Pro
Tono coerente e onesto, nessuna pubblicità nascosta nelle risposte.
~ Contro
Il microfono fatica quando la cappa è accesa.
Il verdetto
Non è l'altoparlante più potente della sua fascia, ma è quello con cui parlo più volentieri.
~ Miglior prezzo: 119 € su Example Shop Vedi offerta
~ Voto dei lettori: 3,8 (42 voti)
~ Condividi: Facebook X WhatsApp
~ Leggi anche: Le migliori bilance da cucina del 2026
~ Iscriviti alla newsletter
~ Chi siamo · Contatti · Privacy · Cookie · P.IVA 01234567890
