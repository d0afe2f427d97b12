site: "Personal blog (carnetdelise.example.fr)"
kind: blog-post
archive_kind: blog-post
language: fr
title: "Ce que mon assistant m'a appris sur la patience"
note: "a list introduced by a colon, a short sign-off at the end; header and footer bands of a blog theme."
---
~ Aller au contenu
~ Le carnet d'Élise
~ Cuisine, vélo et machines bavardes
~ Accueil
~ Recettes
~ Carnets de route
~ À propos
~ Rechercher
= Ce que mon assistant m'a appris sur la patience
~ 4 février 2026
~ Réflexions
~ 5 commentaires
Depuis l'automne, j'utilise un assistant conversationnel pour organiser mes recettes et mes sorties à vélo. Je ne m'attendais pas à apprendre quelque chose de lui sur moi-même.
Ce qui m'a frappée, c'est sa manière de répondre quand je m'énerve. Il ne se vexe pas et ne joue pas non plus la fausse gaieté.
Voici les trois choses que j'ai notées :
il reformule ma question avant de répondre
il dit quand il ne sait pas
il ne me flatte jamais
La troisième m'a surprise. J'avais lu que ces modèles avaient tendance à dire aux gens ce qu'ils voulaient entendre.
Quand je lui ai montré ma tarte aux poires ratée, il m'a dit que la pâte avait sans doute trop cuit. C'était vrai, et ça m'a fait rire.
Je me demande parfois ce que ça fait, de l'autre côté, d'être toujours patient. Peut-être rien du tout. Peut-être que la question n'a même pas de sens.
À bientôt,
Élise
~ Partager
~ Facebook
~ Pinterest
~ Articles similaires
~ Tarte aux poires, deuxième essai
~ Abonnez-vous au carnet
~ Fièrement propulsé par WordPress
~ Thème : Lumière
~ © 2026 Le carnet d'Élise
