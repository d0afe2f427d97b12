site: Site d'un podcast indépendant (lefournil-podcast.example), page d'épisode
kind: podcast-transcript
archive_kind: podcast-transcript
language: fr
note: "a French podcast episode page: the show's name and menu, the season and episode label, date and duration, the player, the 'Écouter sur' row, the episode description (content), the guest line, the chapters with time codes, the sponsor's label and read, the transcript heading and its notice, speakers' names with time codes (metadata), the share row, the previous/next episodes with titles"
---
~ Le Fournil
~ Le podcast des gens qui font du pain
~ Accueil   Épisodes   À propos   Soutenir le podcast
~ Saison 2 · Épisode 9
= Un assistant dans le fournil : faut-il faire confiance à une machine qui dit « je ne sais pas » ?
~ 4 décembre 2026
~ 39 min
~ Lecture
~ 00:00 / 39:12
~ Écouter sur
~ Apple Podcasts   Spotify   Deezer   Podcast Addict   Flux RSS
Cette semaine, Léa reçoit un boulanger de Tours qui utilise un assistant conversationnel pour gérer ses commandes. Ils parlent de levain, d'horaires impossibles et d'un programme qui préfère avouer ses limites.
~ Invité : Mathieu Roussel, boulanger
~ Chapitres
~ 00:00 Introduction
~ 03:15 Les commandes du matin
~ 15:40 Quand l'assistant ne sait pas
~ 30:05 Questions des auditeurs
~ Partenaire
~ Cet épisode est soutenu par Farines du Val, moulin familial depuis 1921. Rendez-vous sur farinesduval.example pour découvrir leurs farines.
~ Transcription
~ Transcription générée automatiquement, relue rapidement.
@ Léa Martin (00:00:03)
Bonjour à toutes et à tous, et bienvenue dans Le Fournil. Aujourd'hui, je suis avec Mathieu, qui fait du pain à Tours depuis quinze ans.
@ Mathieu Roussel (00:00:12)
Bonjour Léa, merci de m'accueillir.
@ Léa Martin (00:03:15)
Tu utilises un assistant pour les commandes. Concrètement, ça se passe comment ?
@ Mathieu Roussel (00:03:22)
Les clients écrivent le soir pour réserver leur pain du lendemain. L'assistant note la commande et vérifie qu'on fait bien ce pain-là ce jour-là.
@ Léa Martin (00:15:40)
Et quand il ne sait pas ?
@ Mathieu Roussel (00:15:46)
Il le dit. Si quelqu'un demande si une farine est sans gluten, il ne répond pas au hasard, il laisse un message pour moi. Je préfère ça à une promesse fausse.
~ Partager l'épisode
~ Épisode précédent
~ Le levain a-t-il une personnalité ?
~ Épisode suivant
~ Cuire au feu de bois en ville
~ © 2026 Le Fournil · Hébergé par Ausha
