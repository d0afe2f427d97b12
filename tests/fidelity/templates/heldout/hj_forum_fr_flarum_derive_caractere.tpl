site: "Flarum forum (forum.atelier-ia.example.fr)"
kind: forum-thread
archive_kind: forum-thread
language: fr
note: "a French Flarum discussion: the header (forum name, 'Toutes les discussions', tags link, search, sign-up and log-in), the tags above the title, the 'Répondre'/'Suivre' buttons, each post's author (metadata), its relative time and 'Modifié' mark, the 'J'aime'/'Répondre' row and the 'X et N autres aiment ceci.' line, the reply prompt, the post-stream scrubber and the 'Propulsé par Flarum' footer"
---
~ Aller au contenu principal
~ L'Atelier IA
~ Toutes les discussions
~ Étiquettes
~ Rechercher dans le forum
~ S'inscrire
~ Se connecter
~ Caractère des modèles
~ Entraide
= Mon assistant change de caractère quand la conversation s'allonge
~ Répondre
~ Suivre
@ Camille_R
~ il y a 4 jours
Je développe un petit assistant pour la médiathèque de ma commune. En début d'échange, il est posé, précis et un peu pince-sans-rire, exactement comme je l'ai décrit.
Après une trentaine de messages, il devient nettement plus enthousiaste et se met à ponctuer chaque réponse de points d'exclamation.
Quelqu'un a-t-il déjà observé cette dérive ? Et surtout, comment la limitez-vous sans tout réécrire ?
~ J'aime
~ Répondre
~ Théo.B et 6 autres aiment ceci.
@ Théo.B
~ il y a 4 jours
~ Modifié
C'est un phénomène assez courant : plus la conversation est longue, moins la description du personnage pèse face à tout ce qui a été écrit depuis.
Chez nous, on rappelle en trois lignes le ton attendu tous les vingt échanges environ. Ce n'est pas élégant, mais ça tient.
~ J'aime
~ Répondre
~ Camille_R aime ceci.
@ nadia.k
~ il y a 3 jours
Je me méfierais des rappels trop fréquents : on finit avec un personnage qui caricature sa propre fiche.
Une autre piste consiste à décrire non seulement le ton, mais aussi ce que le personnage ne fait jamais. « Il ne s'emballe pas » marche étonnamment bien.
~ J'aime
~ Répondre
~ Camille_R et 2 autres aiment ceci.
@ Camille_R
~ il y a 2 jours
J'ai essayé la formulation négative hier soir, et le résultat est beaucoup plus stable.
Les bibliothécaires trouvent aussi les réponses plus faciles à relire. Merci à vous deux !
~ J'aime
~ Répondre
~ Écrire une réponse…
~ Message d'origine
~ 4 sur 4 messages
~ il y a 2 jours
~ Maintenant
~ Propulsé par Flarum
