site: French regional daily (L'Écho des Vallées)
kind: news-article
archive_kind: article
language: fr
note: "the paper's name, its rubric trail on two lines and a surtitre of two words over the headline; the chapô ends with a full stop; byline and date after it"
---
~ L'Écho des Vallées
~ Société
~ Numérique
~ Le numérique au quotidien
= À la médiathèque, un robot conversationnel aide à trouver les livres
Depuis janvier, les usagers peuvent poser leurs questions à un assistant installé sur les postes de consultation.
@ Par Élodie Marchand
~ Publié le 7 mars 2025 à 06h45
Les bibliothécaires ont choisi un ton sobre. L'assistant vouvoie, répond en quelques lignes et renvoie vers un agent dès qu'une demande sort du catalogue.
Les premiers retours sont plutôt bons, surtout chez les lycéens. Certains lecteurs âgés préfèrent encore demander au comptoir, et personne ne compte les en dissuader.
~ Lire aussi
~ Partager sur Facebook
