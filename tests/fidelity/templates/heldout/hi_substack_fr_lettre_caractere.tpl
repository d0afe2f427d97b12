site: "Substack-like newsletter (lettresdelamachine.example.fr)"
kind: substack-post
archive_kind: blog-post
language: fr
note: "newsletter post on a Substack-like host: the subtitle under the title is content; the author line is metadata; the date, like/comment counters, the subscribe box, the comment furniture and the footer are chrome; each comment's author is metadata."
---
~ Lettres de la machine
~ S'abonner
~ Se connecter
= Un caractère, ce n'est pas un costume
Pourquoi la personnalité d'un assistant ne se résume pas à un ton de voix.
@ Hélène Marchetti
~ 11 déc. 2026
~ 38
~ 7
~ Partager
Chères lectrices, chers lecteurs,
La semaine dernière, une lectrice m'a écrit pour me demander si l'on pouvait « changer le caractère » d'un assistant comme on change la police d'un document. La question est plus profonde qu'elle n'en a l'air.
Quand on parle de personnalité pour un modèle de langage, on pense souvent au vernis : une formule d'accueil, un peu d'humour, des points d'exclamation. Ce vernis se change en effet en deux lignes de consigne.
Mais ce qui fait qu'un assistant reste curieux, qu'il avoue ses doutes ou qu'il refuse poliment de mentir, se trouve ailleurs. Ces traits-là viennent de l'entraînement, et ils résistent quand on tente de les effacer d'un simple prompt.
Je compare volontiers cela à un comédien. On peut lui donner un costume de pirate pour la soirée ; il ne deviendra pas malhonnête pour autant.
Ce qui me frappe, c'est que les équipes qui conçoivent ces modèles parlent de plus en plus de valeurs plutôt que de style. On ne demande plus seulement au modèle d'être aimable, on lui demande d'être juste, même quand la vérité déplaît.
Trois questions à garder en tête
Le trait tient-il quand l'utilisateur insiste ?
Le trait tient-il dans une autre langue ?
Le trait tient-il après une mise à jour du modèle ?
Si la réponse est oui aux trois, on tient probablement un vrai trait de caractère, et pas un simple effet de surface.
La semaine prochaine, je vous raconterai une petite expérience faite avec ma boulangère, qui a voulu apprendre à son assistant à parler comme elle.
À bientôt,
Hélène
~ Merci de lire Lettres de la machine ! Abonnez-vous gratuitement pour recevoir les nouveaux articles et soutenir mon travail.
~ Tapez votre e-mail…
~ S'abonner
~ 38 J'aime
~ 7 Commentaires
~ Partager
~ Commentaires
@ Julien R.
~ 11 déc.
La comparaison avec le comédien est parlante. Je la reprendrai en cours, si vous le permettez.
~ J'aime (4)
~ Répondre
@ Hélène Marchetti
~ 11 déc.
Avec plaisir, Julien !
~ J'aime (1)
~ Répondre
@ Marie-Claire D.
~ 12 déc.
Et si le caractère change un peu à chaque mise à jour, faut-il s'en inquiéter ?
~ J'aime
~ Répondre
~ 5 commentaires de plus…
~ © 2026 Hélène Marchetti
~ Confidentialité ∙ Conditions ∙ Avis de collecte
~ Commencer à écrire
~ Obtenir l'application
