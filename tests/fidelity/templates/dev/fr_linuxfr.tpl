site: LinuxFr.org
kind: forum-thread
language: fr
title: Faire tourner un modèle de langue sur un vieux portable
---
~ LinuxFr.org
~ Se connecter
~ Proposer un contenu
~ Journaux
~ Forums
~ Suivi
= Journal Faire tourner un modèle de langue sur un vieux portable
~ Posté par
@ mathilde_r
~ le 03 avril 2025 à 21:14.
~ Licence CC By‑SA.
~ Étiquettes :
~ llm
~ vieux_matos
~ 18
Bonsoir nal,
J’ai voulu savoir si mon portable de 2015, avec 8 Go de mémoire, pouvait faire tourner un petit modèle de langue. La réponse est oui, à condition d’être patient.
Avec un modèle de trois milliards de paramètres quantifié sur quatre bits, j’obtiens environ deux mots par seconde. C’est lent, mais suffisant pour reformuler un courriel ou résumer une page.
Le plus surprenant, c’est le caractère du modèle : il s’excuse beaucoup moins que les grands assistants en ligne. Sans doute parce qu’il a reçu beaucoup moins d’entraînement à la politesse.
~ Aller au contenu
~ 7 commentaires
~ Posté par
@ pbenoit
~ le 03 avril 2025 à 22:02.
~ Évalué à 6.
Merci pour le retour. Tu as essayé avec un modèle plus petit pour comparer la vitesse ?
~ Répondre
~ Posté par
@ mathilde_r
~ le 03 avril 2025 à 22:30.
~ Évalué à 3.
Oui, avec un modèle d’un milliard de paramètres c’est trois fois plus rapide, mais les résumés deviennent approximatifs.
~ Répondre
~ Suivre le flux des commentaires
~ Les commentaires n’engagent que leurs auteurs.
