site: "Ghost (carnetdefournil.fr)"
kind: ghost-post
archive_kind: blog-post
language: fr
note: "Ghost blog post in French about bread and an assistant; title after the site name and tag kicker; a short ingredient list and a key: value line are content."
---
~ Carnet de fournil
~ Accueil
~ Recettes
~ À propos
~ S'abonner
~ Se connecter
~ Boulange
= Mon levain, l'assistant et la question de l'humilité
@ Camille Bertrand
~ 18 janv. 2025
~ — 5 min de lecture
Cet hiver, mon levain boudait. Il montait à peine, sentait l'acétone et refusait de doubler même près du radiateur.
J'ai demandé conseil à un assistant conversationnel, un peu par curiosité, un peu par désespoir. Ce qui m'a frappée, ce n'est pas la recette, c'est le ton.
Il m'a dit franchement qu'il ne pouvait pas sentir mon levain et que ses conseils restaient des hypothèses. Puis il m'a proposé un protocole simple à tester sur trois jours.
- 50 g de farine de seigle
- 50 g d'eau à 28 °C
- 10 g de levain
Température de la pièce : 19 °C
Au troisième jour, le levain doublait en six heures. Je ne sais pas si c'est le seigle, la chaleur ou la patience, mais j'ai apprécié qu'on ne me promette rien.
Je me méfie des machines qui parlent comme des amis d'enfance. Celle-ci parlait comme un bon boulanger : précise, modeste et un peu bourrue.
~ Partager
~ Facebook
~ X
~ Copier le lien
~ Vous aimez ce carnet ?
~ Recevez les nouveaux articles par e-mail. Pas de spam, promis.
~ Votre adresse e-mail
~ S'abonner
~ Lire la suite
~ Pain de mie au lait ribot
~ Pourquoi ma pâte colle-t-elle ?
~ Carnet de fournil © 2025
~ Publié avec Ghost
