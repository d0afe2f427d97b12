site: "Discourse forum (forum.example.it)"
kind: discourse-thread
archive_kind: forum-thread
language: it
title: "Il carattere dell'assistente cambia tra una sessione e l'altra"
note: "Discourse thread; the suggested topics table at the end prints one cell a line (title, category, replies, views, activity), row after row; 'Grazie!' posted twice is content."
---
~ Vai al contenuto principale
~ Iscriviti Accedi
= Il carattere dell'assistente cambia tra una sessione e l'altra
~ Progettazione
@ giulia_m
~ gen 2026
Ho notato che il nostro assistente è più scherzoso il lunedì mattina e più serio nel pomeriggio. Non cambiamo nulla nel prompt, quindi mi chiedo da dove venga la differenza.
~ 2 Mi piace
@ paolo.v
~ gen 2026
Probabilmente dipende dalla temperatura di campionamento e dai messaggi che gli utenti scrivono a quell'ora.
Prova a registrare dieci conversazioni per fascia oraria e a confrontarle.
~ 4 Mi piace
@ giulia_m
~ gen 2026
Grazie!
@ serena
~ gen 2026
Anche noi abbiamo visto lo stesso effetto. Con una descrizione del carattere più concreta, con esempi di risposte, la variazione si è ridotta molto.
~ 3 Mi piace
@ luca_r
~ gen 2026
Grazie!
~ Argomenti suggeriti
~ Argomento
~ Risposte
~ Visualizzazioni
~ Attività
~ Quanto deve essere educato un bot di assistenza?
~ Progettazione
~ 12
~ 340
~ dic 2025
~ Il pane con lievito madre e l'assistente che sbaglia le dosi
~ Cucina
~ 7
~ 215
~ nov 2025
~ Promemoria per le api: funzionano gli avvisi vocali?
~ Apicoltura
~ 4
~ 98
~ ott 2025
~ Powered by Discourse
