site: "Product documentation (docs.ruisseau.example.fr)"
kind: docs-page
archive_kind: other
language: fr
title: "Définir le ton de l'assistant"
note: "a French documentation page: skip link, product name and version picker, language picker, search with shortcut, the sidebar's sections, breadcrumb, 'Copier' buttons over code, the 'Sur cette page' list, 'Modifier cette page', last update, the feedback question and previous/next pager with labels."
---
~ Aller au contenu principal
~ Ruisseau
~ Documentation
~ v3.1 (stable)
~ Français
~ Rechercher
~ Ctrl K
~ Démarrage rapide
~ Concepts
~ Personnalité
~ Ton et registre
~ Refus et limites
~ Référence de l'API
~ Accueil › Personnalité › Ton et registre
= Définir le ton de l'assistant
Le ton de l'assistant se règle dans le fichier de personnalité. Il décide de la manière de répondre, pas de ce qui est répondu.
Choisir un registre
Trois registres sont proposés : neutre, chaleureux et concis. Le registre chaleureux ajoute des formules de politesse mais ne doit jamais masquer une mauvaise nouvelle.
~ Copier
| ton:
|   registre: chaleureux
|   tutoiement: non
~ Remarque
Un registre chaleureux ne rend pas l'assistant plus complaisant. S'il n'est pas d'accord avec l'utilisateur, il le dit.
Tester le réglage
Lancez une conversation d'essai et posez une question dont la réponse est incertaine.
~ Copier
| ruisseau essai --personnalite assistant.yml
L'assistant doit reconnaître son incertitude au lieu d'inventer une réponse assurée.
~ Sur cette page
~ Choisir un registre
~ Tester le réglage
~ Modifier cette page
~ Dernière mise à jour le 2 décembre 2026 par Claire D.
~ Cette page vous a-t-elle été utile ?
~ Oui Non
~ Précédent
~ Concepts
~ Suivant
~ Refus et limites
~ © 2026 Ruisseau SAS · Mentions légales · Confidentialité
