site: French daily (Le Quotidien numérique)
kind: news-article
archive_kind: article
language: fr
---
~ Aller au contenu principal
~ Se connecter
~ S’abonner
~ Actualités
~ Économie
~ Tech
~ Culture
~ Pixels
~ Intelligence artificielle
= Les compagnons virtuels, nouveaux confidents des adolescents
Les applications de « compagnons » fondées sur l’intelligence artificielle séduisent de plus en plus de jeunes. Les spécialistes s’interrogent sur leurs effets.
~ Par Claire Duval
~ Publié le 14 novembre 2024 à 06h00, modifié le 14 novembre 2024 à 10h12
~ Lecture 4 min.
~ Article réservé aux abonnés
~ Offrir cet article
Ils leur parlent le soir, avant de dormir, ou pendant la pause de midi. Pour une partie des adolescents interrogés, le compagnon virtuel est devenu un confident à part entière.
Les concepteurs de ces applications affirment vouloir offrir une écoute bienveillante. Mais plusieurs psychologues rappellent qu’un interlocuteur toujours d’accord n’aide pas forcément à grandir.
« Un bon ami sait aussi vous contredire », résume une pédopsychiatre, qui plaide pour que ces outils encouragent davantage les relations avec d’autres personnes.
Certaines entreprises ont commencé à intégrer des rappels invitant l’utilisateur à faire une pause. Les effets de ces mesures restent encore mal connus.
~ Lire aussi
~ Chatbots : faut-il craindre la flatterie des machines ?
~ Newsletter
~ « Pixels »
~ Chaque semaine, l’essentiel de l’actualité numérique
~ S’inscrire
~ Partager
~ Facebook
~ Twitter
~ LinkedIn
~ Envoyer par e-mail
~ Contribuer
~ Réutiliser ce contenu
