site: French news site (L'Écho du Numérique)
kind: news-article
archive_kind: article
language: fr
note: a subscriber paywall cuts the article after three paragraphs - the "Il vous reste … à lire" teaser, the offer, "Lire aussi" and the newsletter box are chrome; French spacing uses no-break spaces inside « » and before ":" in the body
---
~ Aller au contenu principal
~ Aller au menu
~ Se connecter
~ S’abonner
~ Menu
~ Rubriques
~ Économie
~ Tech
~ Pixels
= Des assistants qui disent « je ne sais pas » : les éditeurs d’IA misent sur l’humilité
Plusieurs entreprises revoient la façon dont leurs modèles de langage expriment le doute. Un changement discret, mais qui modifie la relation avec les utilisateurs.
@ Par Camille Lefranc
~ Publié le 12 février 2025 à 06h30, modifié le 12 février 2025 à 10h14
~ Lecture 4 min.
~ Article réservé aux abonnés
~ Offrir cet article
~ Ajouter à vos sélections
~ Partager
Pendant longtemps, les assistants conversationnels ont répondu à tout, y compris à ce qu’ils ignoraient. Une question sur un obscur règlement municipal obtenait une réponse aussi assurée qu’une question sur la capitale de la France.
Cette assurance uniforme posait problème : l’utilisateur n’avait aucun moyen de distinguer ce qui était solide de ce qui était inventé.
« Nous voulons qu’il dise quand il hésite, et qu’il le dise avec des mots simples », explique une chercheuse d’un laboratoire parisien, qui a requis l’anonymat.
~ Il vous reste 71.45% de cet article à lire. La suite est réservée aux abonnés.
~ Déjà abonné ? Se connecter
~ Offre spéciale : 1 € le premier mois
~ S’abonner
~ Contribuer
~ Réutiliser ce contenu
~ Lire aussi
~ Les chatbots ont-ils une personnalité ? Ce qu’en disent les psychologues
~ Sur le même sujet
~ Newsletter « Pixels »
~ Chaque samedi, l’essentiel de la tech.
~ S’inscrire
~ Nous et nos partenaires utilisons des cookies. Accepter | Refuser | Paramétrer
~ Mentions légales | Conditions générales | Charte de confidentialité
