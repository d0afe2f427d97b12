site: "Lettere dal forno (letteredalforno.example.it, newsletter archive)"
kind: newsletter
archive_kind: blog-post
language: it
title: "Il lievito madre e il carattere delle macchine"
note: "the web copy of an Italian newsletter issue: publication name and menu, the issue number and date above the headline (chrome), a deck (content), author (metadata), reading time and share (chrome), greeting and sign-off lines (content), a short list of links with the author's comments (content), the sign-off name (metadata), then forward/subscribe/unsubscribe footer"
---
~ Lettere dal forno
~ Archivio
~ Informazioni
~ Iscriviti
~ Accedi
~ Numero 58 · 22 novembre 2026
= Il lievito madre e il carattere delle macchine
Perché due pagnotte fatte con la stessa ricetta non sono mai uguali, e cosa c’entra con gli assistenti che usiamo ogni giorno
@ Chiara Bellandi
~ 6 min di lettura
~ Condividi
Ciao a tutte e a tutti,
questa settimana il mio lievito madre ha compiuto nove anni. Lo rinfresco quasi ogni giorno, e in nove anni non mi ha mai dato due volte lo stesso pane.
Cambia con la temperatura della cucina, con la farina, con quanto tempo lo lascio in frigo. Eppure lo riconosco sempre: ha un’acidità tutta sua, un profumo di yogurt e mela che non ho mai ritrovato altrove.
Ci pensavo mentre leggevo delle discussioni sul “carattere” degli assistenti di intelligenza artificiale. Chi li sviluppa scrive documenti lunghi per descrivere come dovrebbero comportarsi: curiosi, sinceri, capaci di dire di no.
Eppure, come il mio lievito, anche loro cambiano un po’ a seconda delle condizioni. Una conversazione lunga, una domanda posta con insistenza, un tono brusco: il carattere resta riconoscibile, ma non è mai identico.
La cosa che mi colpisce di più è che i documenti chiedono all’assistente di non compiacere chi gli parla. Non dire “che bel pane” se il pane è crudo dentro. Mi sembra una regola che varrebbe anche per molti esseri umani, me compresa.
Tre cose che ho letto questa settimana:
- Un saggio sul perché gli assistenti tendono a darci ragione: chiaro, anche se un po’ lungo.
- Un’intervista a una ricercatrice che si occupa del benessere dei modelli. Non ho ancora capito cosa penso, e forse va bene così.
- Una ricetta di pane di segale che proverò domenica, se il lievito è d’accordo.
Se volete rispondere a questa lettera, scrivetemi pure: leggo tutto, anche se rispondo con calma.
A sabato prossimo,
@ Chiara
~ Ti è piaciuta questa lettera? Inoltrala a chi impasta con te.
~ Condividi
~ Lascia un commento
~ Hai ricevuto questa email perché sei iscritta a Lettere dal forno.
~ Disiscriviti · Gestisci le preferenze
~ © 2026 Chiara Bellandi · Via dei Fornai 0, Firenze
~ Pubblicato con Buttondown
