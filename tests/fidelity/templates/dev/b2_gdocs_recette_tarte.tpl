site: "Google Docs (document publié)"
kind: "published-doc"
archive_kind: "other"
language: "fr"
note: "Google Docs 'publish to web' page; headings 'Ingrédients' and 'Préparation' and a quantity list are content; publish banner chrome top and bottom."
---
~ Publié avec Google Docs
~ Signaler un abus
~ En savoir plus
= Tarte aux pommes de Mamie Odette
~ Mis à jour automatiquement toutes les 5 minutes
Cette recette vient de ma grand-mère, qui la faisait tous les dimanches d'octobre.
Je l'ai tapée ici pour que toute la famille puisse la retrouver facilement.
Ingrédients
250 g de farine
125 g de beurre froid
1 pincée de sel
5 cl d'eau glacée
4 pommes reinettes
2 cuillères à soupe de sucre roux
Préparation
Mélanger la farine, le sel et le beurre du bout des doigts jusqu'à obtenir un sable grossier.
Ajouter l'eau petit à petit, former une boule et la laisser reposer une heure au frais.
Étaler la pâte, la déposer dans le moule et la piquer à la fourchette.
Couper les pommes en fines lamelles et les disposer en rosace.
Saupoudrer de sucre et enfourner 35 minutes à 190 degrés.
Remarque : Mamie ne pesait jamais rien, donc ces quantités sont une estimation de ma tante.
Pour la petite histoire, j'ai demandé à un assistant conversationnel de « moderniser » la recette.
Il a proposé d'ajouter de la cannelle et du caramel, mais il a aussi dit que la version d'origine était sans doute la meilleure.
Nous avons gardé la version d'origine.
~ Publié avec Google Docs
~ Signaler un abus
~ En savoir plus
