site: "Il Corriere del Borgo (corrieredelborgo.example.it)"
kind: news-article
archive_kind: article
language: it
title: "La biblioteca comunale presta un assistente che risponde con calma"
note: "an Italian local news article: the tab title ('… | Il Corriere del Borgo') on the first line, the site's name in capitals, the menu, the section label, a kicker in capitals over the headline (occhiello), the deck (content), the byline and date line, a subscription prompt in the middle; the tag list, the related articles and the footer with the site's name are chrome"
---
~ La biblioteca comunale presta un assistente che risponde con calma | Il Corriere del Borgo
~ IL CORRIERE DEL BORGO
~ Cronaca   Politica   Cultura   Sport   Tecnologia
~ Accedi   Abbonati
~ Tecnologia
~ L'INIZIATIVA
= La biblioteca comunale presta un assistente che risponde con calma
Da gennaio gli utenti potranno parlare con un programma che aiuta a cercare i libri senza mettere fretta a nessuno.
@ di Marta Colombo
~ 7 dicembre 2026, 09:40
~ Tempo di lettura: 3 minuti
La biblioteca di via Roma ha scelto di provare un assistente vocale al bancone delle informazioni.
Il direttore racconta che la prima versione parlava troppo in fretta e interrompeva i lettori anziani.
Nella nuova versione l'assistente aspetta che la persona abbia finito, ripete la richiesta e solo dopo propone tre titoli.
~ Per continuare a leggere tutti gli articoli, abbonati a partire da 1 euro al mese.
I bibliotecari dicono che il carattere dell'assistente conta più della sua velocità.
«Preferiamo che dica non lo so piuttosto che inventi un libro che non abbiamo», spiega una delle volontarie.
~ Tag: biblioteca, intelligenza artificiale, anziani
~ Leggi anche
~ Il mercato del sabato torna in piazza
~ Nuove piste ciclabili lungo il fiume
~ © 2026 IL CORRIERE DEL BORGO - Tutti i diritti riservati
