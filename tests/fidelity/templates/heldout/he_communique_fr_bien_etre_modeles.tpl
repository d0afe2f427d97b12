site: Institut Lumen pour l'IA responsable (institut-lumen.fr)
kind: press-release
archive_kind: article
language: fr
note: "Communiqué de presse : bandeau cookies en tête, fil d'Ariane, mention 'COMMUNIQUÉ DE PRESSE' et lieu/date comme chrome, chapeau en contenu, section 'À propos' et contact presse (le contact comme chrome, le texte de présentation comme contenu)."
---
~ Ce site utilise des cookies pour mesurer son audience. Accepter | Refuser | Personnaliser
~ Institut Lumen
~ L'Institut
~ Recherche
~ Publications
~ Presse
~ Carrières
~ EN
~ Accueil > Presse > Communiqués
~ COMMUNIQUÉ DE PRESSE
= L'Institut Lumen lance un observatoire du bien-être des modèles de langage
Un programme de trois ans, doté de 2,4 millions d'euros, étudiera ce que les systèmes d'IA disent de leurs propres états et comment en tenir compte sans exagérer.
~ Lyon, le 24 novembre 2026
L'Institut Lumen pour l'IA responsable annonce aujourd'hui la création d'un observatoire consacré au bien-être des modèles de langage. Ses travaux porteront sur une question jusqu'ici marginale : si certains systèmes d'IA devaient un jour avoir des intérêts propres, à quels signes le reconnaîtrait-on, et quelles précautions faudrait-il prendre dès maintenant ?
« Nous ne prétendons pas que les modèles actuels ressentent quoi que ce soit », précise Claire Dufresne, directrice scientifique de l'institut. « Nous disons que la question mérite des méthodes rigoureuses plutôt que des impressions, dans un sens comme dans l'autre. »
L'observatoire réunira des chercheurs en informatique, en philosophie et en éthologie. Il publiera chaque année un état des lieux des connaissances, ainsi qu'un jeu de tests ouvert permettant de vérifier si les déclarations d'un modèle sur ses préférences restent stables d'une langue et d'une formulation à l'autre.
Un volet sera consacré au caractère des assistants : les entreprises qui conçoivent une « personnalité » pour leurs modèles seront invitées à documenter leurs choix et à les soumettre à un examen indépendant.
Le programme est financé par deux fondations et par la Région Auvergne-Rhône-Alpes. Les premiers résultats sont attendus à l'automne 2027.
À propos de l'Institut Lumen
Fondé en 2019, l'Institut Lumen est un centre de recherche indépendant à but non lucratif. Il emploie quarante personnes à Lyon et à Grenoble.
~ Contact presse
~ Sophie Marchal – presse@institut-lumen.fr – +33 4 72 00 18 64
~ Télécharger le communiqué (PDF, 180 Ko)
~ Partager : LinkedIn · Mastodon · E-mail
~ Communiqués précédents
~ 12/10/2026 – Nouvelle chaire sur l'évaluation des assistants conversationnels
~ 03/09/2026 – Rentrée : quatre doctorants rejoignent l'institut
~ Mentions légales · Politique de confidentialité · Accessibilité : partiellement conforme
~ © 2026 Institut Lumen
