site: French blog (Carnet de bord numérique)
kind: blog-post
language: fr
note: the title and the first paragraph were stored through a cp1252 decode
---
~ Carnet de bord numérique
~ Accueil
~ À propos
= [[cp1252:Pourquoi j’ai demandé à mon assistant d’être moins poli]]
~ 7 janvier 2025
[[cp1252:Depuis des mois, chaque réponse commençait par « Excellente question ! ». Au début, c’était flatteur. Ensuite, c’est devenu lassant.]]
J’ai donc ajouté une consigne : aller droit au but, sans compliments. Le changement a été immédiat, et j’ai eu l’impression de gagner du temps à chaque échange.
Ce qui m’a surpris, c’est que les réponses ne sont pas devenues froides pour autant. Elles sont simplement plus honnêtes sur ce qui compte.
~ Partager :
~ Facebook
~ Mastodon
~ 2 commentaires
@ Hélène
Même expérience ici. La politesse automatique finit par sonner faux.
~ Répondre
~ Laisser un commentaire
~ Propulsé par WordPress
