site: "Le Courrier du Rhône (lecourrier-rhone.example.fr)"
kind: news-article
archive_kind: article
language: fr
title: "À Lyon, la médiathèque confie l'accueil du soir à un assistant vocal"
note: "a French regional news article: the tab title ('… - Le Courrier du Rhône') whose headline differs from the h1 by a word (the SEO title is shorter), the menu, the section label, the h1, the deck, the byline and date (metadata and chrome), the share row, the text, a related-articles block and the footer"
---
~ Lyon : la médiathèque confie l'accueil à un assistant vocal - Le Courrier du Rhône
~ Actualités   Lyon   Métropole   Sports   Culture   Abonnez-vous
~ Lyon
= À Lyon, la médiathèque confie l'accueil du soir à un assistant vocal
Après 19 heures, c'est une voix calme qui oriente les lecteurs entre les rayons. Les bibliothécaires ont écrit son caractère eux-mêmes.
@ Par Claire Vasseur
~ Publié le 05/12/2026 à 18h12
~ Partager   Facebook   X   Copier le lien
L'assistant ne prétend pas être une personne, et il le dit dès la première question.
« Nous voulions qu'il soit poli sans être mielleux », explique la directrice de l'établissement.
Les lecteurs peuvent lui demander où se trouve un livre, mais pas de conseiller une lecture : ce rôle reste aux humains.
~ À lire aussi
~ Villeurbanne : un robot pour ranger les retours de livres
~ Le Courrier du Rhône © 2026 - Mentions légales
