site: Usenet web archive (narkive-style, fr.comp.ia)
kind: usenet-post
archive_kind: forum-thread
language: fr
---
~ Usenet Archive
~ Groupes
~ fr.comp.ia
~ Rechercher
~ Discussion :
= Un assistant qui dit « je ne sais pas » : défaut ou qualité ?
~ (trop ancien pour répondre)
@ Gérard Ponsard
~ 2026-03-04 08:17:52 UTC
~ Permalink
Bonjour à tous,

Je fais des essais avec un assistant conversationnel pour aider ma fille
& dans ses révisions d'histoire. Ce qui me frappe, c'est qu'il répond
& assez souvent « je ne suis pas certain » ou « je peux me tromper sur
& cette date ».

Ma fille trouve ça agaçant, elle voudrait une réponse et c'est tout. Moi
& je trouve ça plutôt honnête. Qu'en pensez-vous ? Est-ce un réglage voulu
& par les concepteurs ou une faiblesse du modèle ?

~ --
@ Gérard
@ Adèle Fournier
~ 2026-03-04 11:40:09 UTC
~ Permalink
@ Gérard Ponsard a écrit :
> [[cp1252:Ce qui me frappe, c'est qu'il répond assez souvent « je ne suis pas]]
> [[cp1252:certain » ou « je peux me tromper sur cette date ».]]

C'est voulu, en grande partie. Les entreprises qui développent ces
& modèles publient désormais des textes qui décrivent le « caractère »
& attendu, et l'honnêteté sur les limites y figure en bonne place.

Cela dit, il y a aussi de vraies incertitudes : sur les dates, ces
& modèles se trompent plus souvent qu'on ne croit. Qu'il le dise est
& plutôt une bonne nouvelle.

> [[cp1252:Ma fille trouve ça agaçant, elle voudrait une réponse et c'est tout.]]

Votre fille a quinze ans, j'imagine ? :-) À cet âge on veut des
& certitudes. C'est peut-être l'occasion de lui apprendre à vérifier.

~ --
@ Adèle
@ Lionel Baret
~ 2026-03-05 07:02:33 UTC
~ Permalink
@ Adèle Fournier a écrit :
> [[cp1252:Qu'il le dise est plutôt une bonne nouvelle.]]

D'accord, mais il faudrait que l'incertitude affichée corresponde à
& l'incertitude réelle. Un modèle qui met « je peux me tromper » partout,
& même sur 2 + 2, n'apprend rien à personne.

Plus de signal, moins de précautions oratoires, voilà ce que je demande.

~ --
@ Lionel, fr.comp.ia depuis 1998
@ Gérard Ponsard
~ 2026-03-05 19:25:10 UTC
~ Permalink
Merci à tous les deux. J'ai testé ce soir avec ma fille : sur la date de
& la prise de la Bastille, aucune hésitation ; sur la date exacte d'un
& traité obscur, il a prévenu qu'il n'était pas sûr. Et il avait raison de
& ne pas l'être.

Elle reconnaît que c'est « pas si bête ».

~ --
@ Gérard
~ Continuer la lecture sur narkive :
~ Résultats de recherche pour « assistant »
~ fr.comp.ia
~ Mentions légales · Confidentialité · Contact
