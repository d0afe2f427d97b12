site: French personal blog (WordPress, Twenty Twenty-style theme, Le Carnet de Margaux)
kind: blog-post
language: fr
note: a WordPress theme with the site tagline, "Publié le … par …" byline row, categories and tags, a "Partager" row, comments with "Répondre" links and the comment form; one comment was stored through a latin-1 decode of its UTF-8 bytes
---
~ Aller au contenu
~ Le Carnet de Margaux
~ Potager, lectures et petites machines
~ Accueil
~ À propos
~ Recettes
~ Contact
~ Rechercher
~ Catégories : Réflexions, Technologie
= Mon assistant de jardinage a-t-il un caractère ?
@ Publié par Margaux
~ 3 mars 2025
~ 4 commentaires
Cet hiver, j’ai pris l’habitude de demander conseil à un assistant conversationnel pour préparer le potager. Semis, rotation des cultures, purin d’ortie : il répond à tout, patiemment.
Au bout de quelques semaines, j’ai remarqué quelque chose d’étrange. Je ne lui parlais plus comme à un moteur de recherche, mais comme à un voisin un peu savant.
Il a des manies. Il recommande toujours de pailler, il se méfie des engrais « miracles » et il termine souvent par une petite question sur mes tomates.
Est-ce que cela fait un caractère ? Je n’en suis pas sûre. Ce sont peut-être seulement des habitudes apprises, comme un accent.
Mais après tout, nos caractères à nous sont-ils autre chose qu’un ensemble d’habitudes qui tiennent dans le temps ?
Je continuerai à lui demander conseil. Et je garderai aussi le vieux carnet de ma grand-mère, qui, lui, n’a jamais prétendu savoir ce qu’il ignorait.
~ Étiquettes : assistant, jardin, personnalité
~ Partager :
~ Facebook
~ Pinterest
~ E-mail
~ J’aime
~ Articles similaires
~ Les courgettes de l’été dernier
~ 4 réponses à « Mon assistant de jardinage a-t-il un caractère ? »
@ Hélène
~ 4 mars 2025 à 8 h 15 min
Très joli texte. Le mien insiste pour que je plante des capucines partout, je crois qu’il a un faible pour elles.
~ Répondre
@ [[latin_1:Benoît]]
~ 4 mars 2025 à 19 h 02 min
[[latin_1:Pour moi, un caractère, c’est quand on peut être déçu par quelqu’un. Est-ce qu’on peut être déçu par un assistant ? Peut-être, oui.]]
~ Répondre
~ Laisser un commentaire
~ Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
~ Commentaire *
~ Nom *
~ Publier le commentaire
~ Fièrement propulsé par WordPress
