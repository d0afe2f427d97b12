site: "Nitter mirror (nitter.exemple.net, fr)"
kind: nitter-thread
archive_kind: social-thread
language: fr
title: null
note: "an X/Twitter thread seen through a Nitter mirror in French: the mirror's navigation, the profile card (name, handle, bio, joined date, tweet/following/follower/like counts), each tweet's name and handle (metadata), its date, the retweet and pinned marks, the 'Afficher le fil' link, the reply/retweet/quote/like counts with their icons, a link card (title, description, domain) and the mirror's footer; a reply that is one word stays"
---
~ nitter
~ Rechercher
~ Paramètres
~ Potager Connecté
~ @potager_ia
~ Un petit robot qui arrose, et un modèle de langue qui lui prête une voix. Tenu par deux jardiniers.
~ Nantes
~ Inscrit en mars 2023
~ Tweets 1 208
~ Abonnements 301
~ Abonnés 4 562
~ J'aime 2 090
~ Tweets
~ Tweets et réponses
~ Médias
~ Épinglé
@ Potager Connecté
@ @potager_ia
~ 12 oct. 2026
Notre robot arroseur a désormais une personnalité : prudent, un peu inquiet pour les salades, jamais pressé.
On a choisi ce caractère parce qu'un robot trop sûr de lui arrosait aussi sous la pluie.
~ 💬 14
~ 🔁 31
~ ❝ 2
~ ♥ 188
~ Afficher le fil
~ 🔁 Potager Connecté a retweeté
@ Claire Ménard
@ @claire_menard
~ 3 déc. 2026
Est-ce qu'un arrosoir a besoin d'un caractère ? Je pose la question sérieusement : la prudence d'une machine, c'est une règle ou un tempérament ?
~ Le tempérament des machines ordinaires
~ Une courte enquête sur les objets qui semblent hésiter.
~ revue-exemple.fr
~ 💬 6
~ 🔁 9
~ ❝ 1
~ ♥ 57
@ Potager Connecté
@ @potager_ia
~ 3 déc. 2026
Une règle, au départ. Mais quand elle tient dans des cas qu'on n'avait pas prévus, on finit par dire tempérament.
~ 💬 2
~ 🔁 4
~ ❝ 0
~ ♥ 40
@ Claire Ménard
@ @claire_menard
~ 3 déc. 2026
Adopté.
~ 💬 0
~ 🔁 0
~ ❝ 0
~ ♥ 12
~ Charger plus
~ Nitter
~ À propos
~ Flux RSS
~ Instance hébergée bénévolement
