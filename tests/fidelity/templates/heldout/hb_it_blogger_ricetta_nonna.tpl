site: Italian Blogger blog (Il quaderno di Marta)
kind: blog-post
archive_kind: blog-post
language: it
note: Blogger layout - date header above the title, "Pubblicato da … alle …" byline after the post, share row, labels; only the comment section was stored through a cp1252 decode, the post is intact
---
~ Passa ai contenuti principali
~ Cerca nel blog
~ Il quaderno di Marta
~ Appunti di cucina, libri e piccole macchine
~ Home
~ Chi sono
~ Ricette
~ Contatti
~ sabato 8 marzo 2025
= Ho chiesto a un chatbot di inventare la torta di mia nonna
Domenica scorsa, per gioco, ho descritto a un assistente virtuale il sapore della torta di mele che faceva mia nonna: poco zucchero, tanta scorza di limone, una crosta che scricchiolava.
Gli ho chiesto di ricostruire la ricetta. Il risultato era plausibile, ordinato, perfino elegante, ma non era la sua torta.
Quello che mi ha colpito è come ha risposto quando gli ho detto che mancava qualcosa. Non ha insistito: mi ha fatto domande. Il forno era a legna? La farina era macinata in paese? Le mele erano acerbe?
Alla fine ho capito che la ricetta non era scritta da nessuna parte, perché mia nonna la cambiava ogni volta. Il chatbot non poteva saperlo, e nemmeno io, fino a quel momento.
Forse è questa la cosa più utile che mi ha dato: non una ricetta, ma le domande giuste da fare a mia madre.
@ Pubblicato da Marta alle 18:40
~ 4 commenti
~ Condividi
~ Invia tramite email
~ Postalo sul blog
~ Condividi su X
~ Condividi su Facebook
~ Etichette: cucina, famiglia, intelligenza artificiale
~ Commenti
@ Giulia R.
~ 9 marzo 2025 alle ore 08:12
[[cp1252:Che bella storia. Anche mia nonna non pesava mai niente, diceva “quanto basta” e basta.]]
~ Rispondi
@ Pietro
~ 9 marzo 2025 alle ore 11:47
[[cp1252:Io avrei chiesto a un forum di cucina, però la parte delle domande è davvero interessante. Perché secondo te non ha insistito?]]
~ Rispondi
~ Risposte
@ Marta
~ 9 marzo 2025 alle ore 13:05
[[cp1252:Credo che sia fatto apposta per non dare per certo ciò che non sa. Nel mio caso è stato un pregio.]]
~ Rispondi
~ Aggiungi commento
~ Carica altro...
~ Post più recente
~ Post più vecchio
~ Home page
~ Iscriviti a: Commenti sul post (Atom)
~ Post più popolari
~ Tema Semplice. Powered by Blogger.
