site: Italian Blogger blog (Il quaderno di nonna Pina)
kind: blog-post
archive_kind: blog-post
language: it
title: Il pane della domenica e l'assistente che non sapeva impastare
note: "a Blogger theme in Italian: the date header, the post's footer (author and time, share buttons one a line, labels, the comment count), the comments with their reply and delete links, the pager, the Atom line, the sidebar's archive, profile and popular posts, the theme credit"
---
~ Il quaderno di nonna Pina
~ Ricette, orto e chiacchiere
~ domenica 6 dicembre 2026
= Il pane della domenica e l'assistente che non sapeva impastare
Mia nipote mi ha installato un assistente sul telefono e gli ho chiesto come fare il pane con la pasta madre. Mi ha dato una ricetta ordinata, con i grammi giusti.
Poi gli ho chiesto se il suo pane era buono. Mi ha risposto che non ha mai assaggiato niente e che il giudice sarei stata io. Almeno è onesto.
Ho impastato come faceva mia madre: farina, acqua tiepida, un pugno di sale e tanta pazienza. Dopo otto ore il pane era alto e profumato.
Ingredienti
500 g di farina di tipo 1
350 g di acqua
100 g di pasta madre rinfrescata
10 g di sale
~ Pubblicato da Nonna Pina alle 10:42
~ Invia tramite email
~ Postalo sul blog
~ Condividi su X
~ Condividi su Facebook
~ Condividi su Pinterest
~ Etichette: assistente, pane, pasta madre
~ 3 commenti:
@ Lucia B.
~ 6 dicembre 2026 alle ore 12:05
Che bella storia! Anche il mio assistente dice sempre che non può assaggiare.
~ Rispondi
~ Elimina
~ Risposte
@ Nonna Pina
~ 6 dicembre 2026 alle ore 13:20
Almeno non ruba le fette, Lucia!
~ Elimina
~ Rispondi
@ Marco
~ 6 dicembre 2026 alle ore 18:47
Proverò con la farina di farro, ti faccio sapere.
~ Rispondi
~ Elimina
~ Aggiungi commento
~ Carica altro...
~ Posta un commento
~ Post più recente Post più vecchio Home page
~ Iscriviti a: Commenti sul post (Atom)
~ Archivio blog
~ ▼ 2026 (14)
~ ▼ dicembre (2)
~ ► novembre (4)
~ ► 2025 (31)
~ Informazioni personali
~ Nonna Pina
~ Visualizza il mio profilo completo
~ Post più popolari
~ La marmellata di fichi della zia Rosa
~ Come ho insegnato al nipote a fare le tagliatelle
~ Tema Semplice. Powered by Blogger.
~ Segnala una violazione
