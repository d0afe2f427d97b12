site: Italian daily (quotidiano-esempio.it)
kind: news-article
archive_kind: article
language: it
note: Italian furniture — skip link, subscribe and log-in buttons, section labels, reading time, "Leggi anche", share row, newsletter and copyright lines; one paragraph quotes a reader who starts with "Leggi anche" in prose
---
~ Vai al contenuto
~ Menu
~ Cerca
~ Abbonati
~ Accedi
~ Tecnologia
= Gli assistenti digitali hanno un carattere? Il dibattito arriva all'università
Un ciclo di seminari a Bologna mette a confronto filosofi e ingegneri sulla personalità dei modelli linguistici.
@ di Luca Ferraresi
~ 14 febbraio 2025
~ Tempo di lettura: 4 minuti
Il primo incontro si è tenuto martedì in un'aula piena. Gli organizzatori avevano previsto una sessantina di persone, ne sono arrivate più di duecento.
Al centro della discussione c'era una domanda semplice solo in apparenza: quando diciamo che un assistente è gentile o testardo, stiamo descrivendo il modello o le istruzioni che gli sono state date?
~ Leggi anche
~ Chatbot e scuola: cosa cambia per gli studenti
Una ricercatrice ha mostrato esempi di conversazioni in cui lo stesso modello, con istruzioni diverse, risponde con toni quasi opposti. Secondo lei il carattere sta soprattutto nelle istruzioni.
Un ingegnere ha replicato che alcune tendenze restano anche quando le istruzioni cambiano, e che proprio quelle meritano attenzione.
«Leggi anche il programma completo», ha detto il moderatore alla fine, invitando il pubblico ai prossimi incontri di marzo.
~ Condividi
~ Facebook
~ WhatsApp
~ Copia link
~ Iscriviti alla newsletter
~ Ricevi ogni mattina le notizie più importanti.
~ Pubblicità
~ © Riproduzione riservata
~ P.IVA 01234567890
