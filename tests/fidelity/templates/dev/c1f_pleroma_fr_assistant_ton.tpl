site: "Pleroma (pleroma.exemple.fr)"
kind: pleroma-thread
archive_kind: social-thread
language: fr
note: "a Pleroma/Akkoma conversation in French: the instance's panel, each post's name and handle (metadata), its relative time, the reply/repeat/favourite buttons with their counts, the repeat notice, the 'Afficher plus'/'Voir la conversation' links and the instance's footer"
---
~ Pleroma
~ Se connecter
~ S'inscrire
~ Fil public
~ Tout le réseau connu
~ Conversation
@ Margaux Rivière
@ @margaux@pleroma.exemple.fr
~ il y a 3 h
Je teste un assistant qui répond toujours avec la même politesse, même quand on lui parle sèchement.
Ma question : est-ce une qualité de caractère ou simplement une règle qu'on lui a donnée ?
~ Répondre
~ Partager
~ Ajouter aux favoris
~ 4
~ 11
~ Léon Dubreuil a partagé
@ Tomás
@ @tomas@social.exemple.org
~ il y a 2 h
Pour moi la différence se voit quand la règle n'a pas prévu la situation.
Si la politesse tient dans un cas imprévu, on peut parler de caractère.
~ Répondre
~ 1
~ Partager
~ 3
~ Ajouter aux favoris
~ 7
@ Margaux Rivière
@ @margaux@pleroma.exemple.fr
~ il y a 1 h
Bonne idée, je vais lui poser des questions absurdes sur la cuisson des pâtes pour voir.
~ Répondre
~ Partager
~ Ajouter aux favoris
~ Voir la conversation
~ Afficher plus
~ Propulsé par Pleroma
~ Conditions d'utilisation
~ À propos de cette instance
