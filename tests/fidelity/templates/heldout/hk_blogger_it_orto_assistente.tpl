site: "Blogger blog, Contempo theme (quadernodellorto.blogspot.com)"
kind: blog-post
archive_kind: blog-post
language: it
title: "Pomodori, lumache e un assistente che non sa tutto (per fortuna)"
note: "Blogger Contempo: blog name and description at the top are chrome; the post date above the title and the share row (one item per line) are chrome; the author byline is metadata; labels are chrome; each comment's author is metadata, its date and Rispondi/Elimina are chrome; the popular-posts sidebar repeats nothing from the post."
---
~ Passa ai contenuti principali
~ Cerca nel blog
~ Il quaderno dell'orto
~ Appunti di una dilettante tra aiuole, semi e vicini di casa curiosi
~ Home
~ Chi sono
~ Calendario delle semine
~ martedì 10 marzo 2026
= Pomodori, lumache e un assistente che non sa tutto (per fortuna)
~ Ottieni link
~ Facebook
~ X
~ Pinterest
~ Email
~ Altre app
@ di Marta
Quest'inverno mia nipote mi ha regalato uno di quegli assistenti che si interrogano parlando. Ero scettica: all'orto ci penso io da trent'anni, e le domande le faccio alla signora Pina oltre la rete.
Poi, una sera di febbraio, mi sono ritrovata a chiedergli quando seminare i pomodori sul davanzale. Mi ha risposto con una data ragionevole, ma ha aggiunto subito che dipendeva dalla mia zona e dalla luce della finestra, e mi ha chiesto dove abito.
Mi è piaciuto che non facesse finta di conoscere il mio giardino.
Il momento migliore però è stato con le lumache. Gli ho chiesto un rimedio definitivo e lui, invece di propormi il primo veleno del supermercato, mi ha elencato alcune soluzioni e mi ha detto chiaramente quali potevano fare male ai ricci, che da me passano ogni notte.
Non so se quella premura per i ricci sia davvero sua o se qualcuno l'abbia scritta da qualche parte. Mia nipote dice che è una bella domanda e che ci sono persone che ci lavorano sul serio.
Per ora la mia conclusione è questa: come consigliere è onesto, come giardiniere è un principiante, e va bene così. I pomodori intanto sono germogliati.
~ Etichette
~ assistenti digitali
~ lumache
~ pomodori
~ Commenti
@ Rosa dal Monferrato
~ 10 marzo 2026 alle ore 19:42
Che bel racconto! Anch'io ho i ricci in giardino e non ci avevo mai pensato, a chiedere prima di spargere qualcosa.
~ Rispondi
~ Elimina
~ Risposte
@ Marta
~ 10 marzo 2026 alle ore 21:05
Rosa, prova con la cenere attorno alle piantine: me l'ha ricordato proprio l'assistente, ma l'aveva già detto mia nonna!
~ Elimina
@ Anonimo
~ 11 marzo 2026 alle ore 08:17
Io lo uso per il tè: gli chiedo quanti gradi per il verde e quanti per il nero. Risponde sempre uguale, cosa che mio marito non fa.
~ Rispondi
~ Elimina
@ Giorgio B.
~ 12 marzo 2026 alle ore 14:50
Attenzione a fidarsi troppo. Il mio mi aveva consigliato di potare le rose in un periodo sbagliato per la mia zona. Quando gliel'ho fatto notare si è corretto, ma bisogna saperlo.
~ Rispondi
~ Elimina
~ Aggiungi commento
~ Carica altro...
~ Posta un commento
~ Post più popolari di questo blog
~ Il compost che non puzza: la mia ricetta in cinque strati
~ Ottieni link
~ Facebook
~ X
~ Pinterest
~ Email
~ Altre app
~ Archivio
~ Segnala una violazione
~ Powered by Blogger
~ Immagini dei temi di Michael Elkan
