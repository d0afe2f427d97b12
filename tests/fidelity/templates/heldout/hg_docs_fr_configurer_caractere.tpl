site: "Documentation Caractère (caractere.example.fr, Sphinx / Read the Docs)"
kind: docs-page
archive_kind: article
language: fr
note: "a French Sphinx page in the Read the Docs theme: project name, version, search box and the navigation tree before the body, breadcrumb and 'edit' link above the title; headings, YAML lines and a shell command are content; admonition labels, previous/next buttons, copyright and the theme/version footer are chrome"
---
~ Caractère
~ latest
~ Rechercher dans la documentation
~ Premiers pas
~ Installation
~ Concepts
~ Configurer le caractère
~ Évaluer la dérive
~ Référence de l’API
~ Journal des modifications
~ Caractère
~ » Concepts » Configurer le caractère
~ Modifier sur GitLab
= Configurer le caractère de l’assistant
Le caractère d’un assistant est décrit dans un seul fichier YAML. Ce fichier fixe le ton, les valeurs et la manière dont l’assistant parle de lui-même.
Il est lu au démarrage et n’est jamais modifié pendant une conversation.
Structure du fichier
Un fichier minimal contient trois clés :
nom: Mésange
traits: [curieuse, franche, patiente]
auto_description: une assistante IA, pas une personne
La clé auto_description est obligatoire. Elle doit rester honnête : l’outil de vérification signale toute réponse où l’assistante prétend être humaine.
~ Note
Les traits sont des adjectifs, pas des consignes. Pour une consigne précise, utilisez la section regles.
Règles de conduite
La section regles accepte une liste de phrases courtes. Chacune doit pouvoir être vérifiée sur une transcription.
regles:
  - dire « je ne sais pas » quand l’information manque
  - ne pas approuver une affirmation seulement pour faire plaisir
  - garder le même ton sur une longue conversation
~ Avertissement
Une règle trop vague, comme « être gentille », ne peut pas être évaluée. L’outil l’ignore et affiche un avertissement au chargement.
Vérifier la configuration
Lancez la commande suivante pour valider le fichier :
$ caractere verifier mesange.yaml
La commande affiche les clés manquantes et les règles qu’elle ne sait pas évaluer. Elle ne modifie jamais le fichier.
~ Précédent
~ Suivant
~ © Droits d’auteur 2024-2026, les contributrices et contributeurs de Caractère.
~ Compilé avec Sphinx en utilisant un thème fourni par Read the Docs.
~ Read the Docs
~ v: latest
