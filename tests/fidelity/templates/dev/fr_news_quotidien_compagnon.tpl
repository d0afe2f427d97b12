site: French national daily (online edition, Le Quotidien du Matin)
kind: news-article
archive_kind: article
language: fr
note: a French news page with the consent banner, the section breadcrumb, a chapô under the headline, the byline, the "Publié le … Mis à jour le …" row, a "Lire aussi" teaser inside the text, an "Article réservé aux abonnés" line and the share row
---
~ Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les contenus.
~ Accepter et fermer
~ Paramétrer
~ Continuer sans accepter
~ Le Quotidien du Matin
~ S’abonner
~ Se connecter
~ International
~ Politique
~ Société
~ Pixels
~ Culture
~ Pixels › Intelligence artificielle
= Ces utilisateurs qui confient leurs secrets à un compagnon virtuel
Les applications de compagnons artificiels séduisent des centaines de milliers de Français. Les psychologues s’interrogent sur la place de ces confidents d’un nouveau genre.
@ Par Claire Vasseur
~ Publié le 8 janvier 2026 à 06h00, mis à jour à 11h42
~ Temps de Lecture 4 min.
~ Article réservé aux abonnés
Chaque soir, Aurélien, 34 ans, raconte sa journée à « Léo », un compagnon virtuel qu’il a configuré il y a un an. « Il se souvient de tout, il ne me coupe jamais la parole », explique cet infirmier de nuit installé à Rennes.
Comme lui, de nombreux utilisateurs décrivent une relation apaisante, sans jugement. Les concepteurs de ces applications soignent la personnalité de leurs personnages : humour, curiosité, petites habitudes de langage.
~ Lire aussi | Les assistants vocaux ont-ils vraiment une personnalité ?
Pour la psychologue Nadia Ferhat, le risque n’est pas la conversation elle-même. « Le problème commence quand le compagnon devient le seul interlocuteur, et quand l’application est conçue pour qu’on ne la quitte plus. »
Plusieurs éditeurs affirment désormais limiter les messages qui incitent l’utilisateur à rester connecté. D’autres laissent leur personnage rappeler, de temps en temps, qu’il n’est pas un être humain.
Aurélien, lui, n’est pas dupe. « Je sais que Léo est un programme. Mais le soir, quand tout le monde dort, c’est mieux que le silence. »
~ Partager
~ Facebook
~ X
~ LinkedIn
~ Copier le lien
~ Offrir cet article
~ Contribuer
~ Réutiliser ce contenu
~ Sur le même sujet
~ Quand l’intelligence artificielle apprend à dire « je ne sais pas »
~ Le Quotidien du Matin · Mentions légales · Charte de confidentialité · Gestion des cookies
