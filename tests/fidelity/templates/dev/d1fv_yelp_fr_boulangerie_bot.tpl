site: "Site d'avis sur les commerces (Yelp-like, fr)"
kind: review-site
archive_kind: other
language: fr
title: "Boulangerie du Canal"
note: "a Yelp-like business page in French: the search header, the business's stars, review count, price and category line, the hours and 'Ouvert' label, the buttons, the 'Avis recommandés' heading with the sort and filter menus, each reviewer's author (metadata) with location and friend/review/photo counts, the stars and date, the review text (content), the reaction buttons ('Utile', 'Merci', 'J'adore', 'Oh non'), the owner's reply header as metadata and the reply as content, the pager and the footer"
---
~ Rechercher
~ Écrire un avis
~ Se connecter
~ S'inscrire
= Boulangerie du Canal
~ 4,5 (236 avis)
~ Vérifié par le propriétaire
~ €€ · Boulangeries, Cafés
~ Ouvert 07:00 - 19:30
~ Voir les horaires
~ Écrire un avis
~ Ajouter une photo
~ Partager
~ Enregistrer
~ Avis recommandés
~ Trier par : Recommandé
~ Filtrer par note
@ Camille R.
~ Lyon, France
~ 12 amis · 58 avis · 140 photos
~ 2 déc. 2026
La boulangerie a une borne avec un assistant qui explique les farines. Il m'a conseillé un pain de seigle sans insister quand j'ai dit que je voulais juste une baguette.
Le pain aux noix est excellent.
~ Utile 4
~ Merci
~ J'adore 1
~ Oh non
@ Réponse du propriétaire
~ 3 déc. 2026
Merci Camille ! Nous avons voulu un assistant discret, ravis que cela se sente.
@ Julien M.
~ Villeurbanne, France
~ 0 ami · 3 avis · 0 photo
~ 18 nov. 2026
L'assistant parle trop fort le matin. Pour le reste, les croissants sont bons.
~ Utile 2
~ Merci
~ J'adore
~ Oh non
~ Page 1 sur 24
~ Suivant
~ À propos
~ Conditions d'utilisation
~ Politique de confidentialité
