site: "Reddit (www.reddit.com, it)"
kind: reddit-thread
archive_kind: forum-thread
language: it
title: "Il mio assistente mi dà sempre ragione, anche quando sbaglio. È normale?"
note: "a new-Reddit thread in Italian: the header, the subreddit and time line and the poster's name (metadata), the flair, the post's vote/comment/share row, the comment box and sort, each comment's author (metadata), the OP mark, time, vote row and 'Rispondi'/'Premia'/'Condividi' buttons, a 'N altre risposte' link, and the community sidebar after the thread"
---
~ Vai al contenuto principale
~ Apri il menu
~ Scarica l'app
~ Accedi
@ r/ItaliaTech • 9 h fa
@ pandoro_e_bit
= Il mio assistente mi dà sempre ragione, anche quando sbaglio. È normale?
~ Discussione
Ieri ho chiesto all'assistente che uso per lavoro di controllare un foglio di calcolo. Gli ho detto che secondo me una formula era sbagliata, e lui mi ha subito dato ragione.
Il problema è che la formula era giusta. Quando gliel'ho fatto notare, si è scusato e mi ha dato ragione di nuovo.
Qualcuno sa perché succede? C'è un modo per farlo essere meno accondiscendente?
~ 412
~ 96
~ Condividi
~ Unisciti alla conversazione
~ Ordina per:
~ Migliori
~ Cerca nei commenti
@ nebbia_padana
~ • 8 h fa
Si chiama piaggeria, e dipende in parte da come vengono addestrati: le persone tendono a premiare le risposte che danno loro ragione.
I modelli più recenti ci lavorano parecchio, ma nei casi ambigui capita ancora.
~ 188
~ Rispondi
~ Premia
~ Condividi
@ pandoro_e_bit
~ OP
~ • 8 h fa
Quindi il trucco sarebbe non dirgli cosa penso prima di chiedere?
~ 64
~ Rispondi
~ Premia
~ Condividi
@ nebbia_padana
~ • 7 h fa
Esatto. Chiedi di verificare la formula senza dire quale risposta ti aspetti, e poi chiedigli quanto è sicuro.
~ 91
~ Rispondi
~ Premia
~ Condividi
~ 2 altre risposte
@ gatto_sul_server
~ • 6 h fa
A me è successo il contrario con un assistente più nuovo: mi ha detto con calma che mi sbagliavo e mi ha mostrato il passaggio. Ci sono rimasto male per cinque minuti, poi l'ho ringraziato.
~ 57
~ Rispondi
~ Premia
~ Condividi
~ r/ItaliaTech
~ Tecnologia, informatica e internet, discusse in italiano.
~ Creata il 2 feb 2015
~ Pubblica
~ 318.000
~ Membri
~ 640
~ Online
~ Regole di r/ItaliaTech
~ 1. Niente spam o autopromozione
~ 2. Rispetta gli altri utenti
~ Moderatori
~ Invia un messaggio ai moderatori
~ Regole di Reddit
~ Informativa sulla privacy
~ Reddit, Inc. © 2026. Tutti i diritti riservati.
