site: "Avis clients (avis-appli.example.fr)"
kind: review-site
archive_kind: article
language: fr
title: "Avis sur Compagnon Lumo"
note: "French review site; each review prints a button row Utile / Merci / J'adore, each with a count on the next line, then Signaler; one review quotes a refrain of three short lines that repeats (content)."
---
~ Accueil Catégories Écrire un avis
~ Se connecter
~ Accueil › Applications › Assistants
= Avis sur Compagnon Lumo
~ Note moyenne 4,1 sur 5
~ 842 avis
@ Camille R.
~ Il y a 3 jours
~ ★★★★★
J'utilise Lumo le soir pour organiser la semaine. Il garde un ton calme et ne promet jamais ce qu'il ne sait pas faire.
Quand je lui ai demandé s'il se souvenait de nos échanges, il m'a expliqué clairement ce qu'il garde et ce qu'il oublie.
~ Utile
~ 14
~ Merci
~ 3
~ J'adore
~ 6
~ Signaler
@ Julien_B
~ Il y a 1 semaine
~ ★★★☆☆
Le personnage est agréable mais il s'excuse trop souvent. Une excuse par réponse, c'est beaucoup.
~ Utile
~ 9
~ Merci
~ 0
~ J'adore
~ 1
~ Signaler
@ Odile
~ Il y a 2 semaines
~ ★★★★☆
Ma fille lui a demandé une comptine et il a écrit ceci :
Petit pain, petit pain,
Qui se lève le matin,
Petit pain, petit pain,
Tu sens bon jusqu'au jardin.
Pas mal pour une machine, même si la rime est facile.
~ Utile
~ 22
~ Merci
~ 5
~ J'adore
~ 11
~ Signaler
@ Marc T.
~ Il y a 1 mois
~ ★★☆☆☆
Il refuse poliment certaines demandes, ce qui me va, mais il ne dit pas toujours pourquoi.
~ Utile
~ 4
~ Merci
~ 1
~ J'adore
~ 0
~ Signaler
~ Page 1 sur 85
~ Suivant ›
~ Mentions légales Confidentialité Cookies © 2026 Avis Appli
