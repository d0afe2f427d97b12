site: "Reddit (www.reddit.com, fr)"
kind: reddit-thread
archive_kind: forum-thread
language: fr
title: "Mon assistant de jardinage me vouvoie, puis me tutoie, puis me vouvoie"
note: "a new-Reddit thread in French: the header, the subreddit and the poster (metadata), the flair, the post's counters and buttons, each comment's author (metadata), its time and vote figures, then the community sidebar: its name, description, creation date, visibility, member and online figures over their labels, the rules numbered one a line, the moderators and their button, and the footer"
---
~ Aller au contenu principal
~ Se connecter
~ Obtenir l'application
@ r/JardinageFR • il y a 9 h
@ potager_de_lea
= Mon assistant de jardinage me vouvoie, puis me tutoie, puis me vouvoie
~ Question
Depuis la mise à jour, l'assistant de l'appli passe du vous au tu au milieu d'une même réponse sur les tomates.
C'est déroutant. Est-ce que quelqu'un sait comment lui demander de s'en tenir à un seul registre ?
~ 86
~ 23
~ Partager
~ Trier par :
~ Meilleurs
@ binette_et_rateau
~ • il y a 8 h
Écris-lui au début de la conversation « vouvoie-moi toujours ». Chez moi, il s'y tient pendant toute la saison.
~ 31
~ Répondre
~ Partager
@ potager_de_lea
~ • il y a 7 h
Merci, ça marche. Il me vouvoie même quand je lui parle de limaces.
~ 12
~ Répondre
~ Partager
~ r/JardinageFR
~ Le jardin potager et d'agrément, en pleine terre ou sur le balcon.
~ Créé le 3 avr. 2014
~ Public
~ 48 k
~ Membres
~ 96
~ En ligne
~ Règles de r/JardinageFR
~ 1
~ Restez courtois
~ 2
~ Pas de publicité
~ 3
~ Indiquez votre région
~ Modérateurs
~ Envoyer un message aux modérateurs
~ u/ciboulette_mod
~ u/compost_bot
~ Voir tous les modérateurs
~ Règles de Reddit
~ Politique de confidentialité
~ Reddit, Inc. © 2026. Tous droits réservés.
