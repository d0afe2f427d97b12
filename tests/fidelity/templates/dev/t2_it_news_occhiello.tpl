site: Italian daily news site (La Gazzetta del Lago)
kind: news-article
archive_kind: article
language: it
note: "the masthead is the paper's name in capitals over a date line and the section menu; a section label and a kicker in capitals stand above the headline, the standfirst under it; byline, time and reading time follow"
---
~ Vai al contenuto
~ LA GAZZETTA DEL LAGO
~ Sabato 14 giugno 2025
~ Aggiornato alle 09:40
~ Home
~ Cronaca
~ Politica
~ Economia
~ Tecnologia
~ Cultura
~ Sport
~ Abbonati
~ Accedi
~ Tecnologia
~ IL CASO
= L’assistente che chiede scusa troppo spesso: uno studio di Como misura la cortesia delle macchine
I ricercatori hanno contato le scuse in diecimila conversazioni e confrontato le risposte di cinque modelli diversi.
@ di Chiara Bellandi
~ 14 giugno 2025 - 08:12
~ Tempo di lettura: 4 minuti
~ Condividi
Quante volte un assistente virtuale dice «mi dispiace» senza che ci sia un motivo? Un gruppo di linguisti dell’università dell’Insubria ha provato a rispondere con i numeri.
Lo studio ha raccolto diecimila scambi tra utenti volontari e cinque modelli linguistici, chiedendo a ciascun modello le stesse cose: una ricetta, un consiglio di viaggio, la correzione di un testo.
Il risultato più curioso riguarda le scuse: il modello più cortese si è scusato in quasi una risposta su tre, anche quando l’utente non aveva segnalato alcun errore.
«Una scusa di troppo non è gentilezza, è rumore», spiega la coordinatrice del progetto, Elena Fumagalli. «Alla lunga l’utente smette di prenderle sul serio.»
Secondo il gruppo, il fenomeno nasce durante l’addestramento, quando le risposte più accomodanti ricevono voti migliori dai valutatori umani.
Il prossimo passo sarà capire se una personalità più asciutta rende gli assistenti anche più affidabili agli occhi di chi li usa ogni giorno.
~ Leggi anche
~ Il lago in secca, la stagione dei pescatori finisce in anticipo
~ Como, nuova biblioteca digitale aperta anche la domenica
~ © Riproduzione riservata
~ P.IVA 01234567890
