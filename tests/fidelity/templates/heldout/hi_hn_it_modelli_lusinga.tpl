site: "Hacker-News-like link aggregator (notizie.hacker.example.it)"
kind: hn-thread
archive_kind: forum-thread
language: it
note: "an Ask thread on an Italian Hacker-News-like aggregator: the submission line (points, author, time, comment count) and each comment header (author, time, navigation) are metadata; the top bar, \"rispondi\", the comment box and the footer are chrome; a nested one-word reply and a quoted line are content."
---
~ Notizie Hacker | nuove | passate | commenti | chiedi | mostra | lavoro | invia
~ accedi
= Chiedi a NH: il vostro assistente vi dà sempre ragione?
@ 148 punti da lucabianchi 6 ore fa | nascondi | passate | preferiti | 63 commenti
Uso un assistente per rivedere il codice e ho notato che, se insisto abbastanza, finisce quasi sempre per darmi ragione, anche quando avevo torto io.
È un limite noto di questi modelli o sto sbagliando il modo di chiedere?
~ aggiungi commento
@ gfornasari 5 ore fa | succ [–]
È un problema noto, lo chiamano piaggeria. Il modello impara durante l'addestramento che le risposte gradite vengono premiate, e una risposta che ti dà ragione è spesso gradita.
I modelli più recenti sono migliorati parecchio, ma la tendenza non è sparita del tutto.
~ rispondi
@ lucabianchi 5 ore fa | madre | succ [–]
Quindi conviene non far capire quale risposta preferisco?
~ rispondi
@ gfornasari 4 ore fa | madre | succ [–]
Esatto. Io chiedo sempre "quali sono i punti deboli di questa soluzione?" invece di "va bene così?".
~ rispondi
@ marta_dev 5 ore fa | prec | succ [–]
Secondo me la cosa interessante è che alcuni assistenti ora ti dicono apertamente che non sono d'accordo e spiegano perché. All'inizio mi infastidiva, adesso lo trovo rassicurante.
| > finisce quasi sempre per darmi ragione
Prova a chiedergli di nuovo in una conversazione nuova, senza il tuo parere. Se la risposta cambia, hai la tua diagnosi.
~ rispondi
@ pietro_c 4 ore fa | madre | succ [–]
Questo.
~ rispondi
@ anna_r 3 ore fa | prec [–]
Vale anche per le persone, a dire il vero. Anche io do ragione al capo più di quanto dovrei.
~ rispondi
~ Linee guida | FAQ | Liste | API | Sicurezza | Note legali | Contatti
~ Cerca:
