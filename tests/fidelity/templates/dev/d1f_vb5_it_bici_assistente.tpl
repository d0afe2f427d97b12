site: "Forum di ciclismo (vBulletin 5, it)"
kind: forum-thread
archive_kind: forum-thread
language: it
title: "L'assistente del navigatore mi dà del lei e poi si scusa"
note: "a vBulletin 5 topic in Italian: the top bar, the crumbs, the topic tools, each post's author (metadata) with the user card (rank, 'Iscritto dal', 'Messaggi', location), the post's date and number (#2), the quote header ('Originariamente inviato da …') as metadata and the quote as content, the signature under a separator, the like line, the pager with 'Vai a' and the 'Utenti che stanno leggendo' block"
---
~ Forum
~ Attività recenti
~ Cerca nel forum
~ Accedi o Registrati
~ Forum › Strada e gravel › Accessori elettronici
= L'assistente del navigatore mi dà del lei e poi si scusa
~ Comprimi
~ Strumenti discussione
@ gregario_stanco
~ Utente junior
~ Iscritto dal: mar 2024
~ Messaggi: 48
~ Località: Bergamo
~ 03-12-2026, 18:22
~ #1
Il navigatore della bici ha un assistente vocale. Mi dà del lei per tutto il giro e poi, quando sbaglio strada, chiede scusa tre volte.
È normale che sia così formale?
~ Tag: nessuno
@ catena_pulita
~ Utente senior
~ Iscritto dal: giu 2019
~ Messaggi: 2.317
~ Località: Treviso
~ 03-12-2026, 19:05
~ #2
È lo stile predefinito. Nel menu Voce puoi scegliere "colloquiale" e smette di scusarsi.
~ ____________________
~ Meglio una salita in più che una birra in meno.
~ Mi piace 3
@ gregario_stanco
~ 03-12-2026, 20:41
~ #3
@ Originariamente inviato da catena_pulita
| > Nel menu Voce puoi scegliere "colloquiale" e smette di scusarsi.
Fatto, grazie. Adesso mi dice "gira a destra" e basta, ed è proprio quello che volevo.
~ Mi piace 1
~ Pagina 1 di 1
~ Vai a
~ Utenti che stanno leggendo questa discussione: 1 (0 utenti e 1 ospiti)
~ Orario GMT+1. Ora sono le 21:14.
~ Powered by vBulletin® Versione 5.6.9
