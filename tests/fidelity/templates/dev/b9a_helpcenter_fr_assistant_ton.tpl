site: Centre d'aide d'un logiciel (aide.merlebleu.example), thème de base de connaissances
kind: docs-page
archive_kind: other
language: fr
note: "a help-center article in French: the product's name, sign-in and request links over a breadcrumb, the author's name and the updated line, the follow button, the vote question with its count, the 'other questions' box, the section's article list and the related articles"
---
~ Merle Bleu
~ Centre d'aide
~ Envoyer une demande
~ Connexion
~ Merle Bleu › Assistant › Réglages
= Pourquoi l'assistant me dit-il qu'il ne sait pas ?
@ Camille Roux
~ Mis à jour
~ Suivre
L'assistant de Merle Bleu est réglé pour reconnaître les limites de ce qu'il sait. Quand une question porte sur une information qu'il n'a pas, il le dit au lieu d'inventer une réponse.
Ce comportement est voulu. Une réponse inventée peut sembler utile sur le moment, mais elle fait perdre du temps et de la confiance ensuite.
Que faire dans ce cas
Reformulez la question en ajoutant le contexte utile, par exemple le nom du document ou la date concernée.
Si l'information se trouve dans un fichier, joignez-le à la conversation : l'assistant pourra alors s'appuyer dessus.
Peut-on désactiver ce réglage ?
Non. Les administrateurs peuvent rendre le ton plus chaleureux ou plus bref, mais pas supprimer la franchise sur ce que l'assistant ignore.
~ Cet article vous a-t-il été utile ?
~ Oui   Non
~ Utilisateurs qui ont trouvé cela utile : 14 sur 17
~ Vous avez d'autres questions ? Envoyer une demande
~ Articles dans cette section
~ Régler le ton de l'assistant
~ Ajouter un glossaire d'entreprise
~ Limiter la longueur des réponses
~ Voir plus
~ Articles associés
~ Régler le ton de l'assistant
~ Importer des documents
~ Retour en haut
~ Merle Bleu
~ Fourni par Zendesk
