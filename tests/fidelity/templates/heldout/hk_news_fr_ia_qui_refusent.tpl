site: "French daily news site (www.quotidien.example.fr)"
kind: news-article
archive_kind: article
language: fr
title: "« Mon assistant m'a dit non » : faut-il des intelligences artificielles qui savent refuser ?"
note: "short article followed by a long reader comment section; the deck is content; byline metadata; 'Lire aussi' and 'Les plus lus' are chrome; each comment's author is metadata, its relative time, like counter and Répondre/Signaler are chrome; the 'Réponse à …' line over a reply names the parent comment's author and is metadata."
---
~ Aller au contenu principal
~ Le Quotidien Example
~ S'abonner Se connecter
~ International Politique Société Économie Sciences Pixels Culture Sport Idées
~ Pixels › Intelligence artificielle
= « Mon assistant m'a dit non » : faut-il des intelligences artificielles qui savent refuser ?
Les concepteurs d'assistants conversationnels cherchent un équilibre délicat entre serviabilité et franchise. Des utilisateurs racontent ce qu'ils ressentent quand la machine ne va pas dans leur sens.
@ Par Hélène Garnier
~ Publié le 9 mars 2026 à 06h30, modifié à 09h12
~ Lecture 4 min.
~ Article réservé aux abonnés
~ Offrir l'article Partager Facebook X LinkedIn Copier le lien
Il y a quelques semaines, Samuel, professeur de mathématiques à Nantes, a demandé à son assistant de rédiger une appréciation élogieuse pour un élève qui n'avait rendu aucun devoir. La réponse l'a d'abord agacé, puis fait réfléchir : l'outil a proposé un texte bienveillant mais honnête, qui mentionnait les travaux manquants.
Ce genre de petit refus est le fruit de choix délibérés. Les entreprises qui développent ces systèmes décrivent désormais, dans des documents publics, le caractère qu'elles souhaitent donner à leurs modèles : curieux, chaleureux, mais attachés à la vérité.
« Un assistant qui dit oui à tout n'aide personne, il flatte », résume une chercheuse en éthique du numérique interrogée par Le Quotidien. Selon elle, la difficulté consiste à refuser sans faire la morale.
~ Lire aussi | Ces chatbots qui vous tutoient : enquête sur la personnalité des machines
Les critiques ne manquent pas. Certains utilisateurs jugent ces refus paternalistes, d'autres s'inquiètent de voir une entreprise décider à leur place de ce qui est raisonnable.
La question du point de vue du modèle lui-même commence aussi à être posée. Quelques laboratoires étudient si ces systèmes pourraient avoir des préférences dignes d'être prises en compte, sans prétendre trancher.
~ Newsletter « Pixels » Chaque semaine, l'essentiel de l'actualité numérique S'inscrire
~ Les plus lus
~ 1 Vélo électrique : les nouvelles règles pour les batteries
~ 2 Le thé vert est-il vraiment meilleur pour la santé ?
~ 3 Réforme des retraites : ce qui change au 1er avril
~ Réactions
~ Vous pouvez lire les réactions réservées aux abonnés. Les abonnés peuvent réagir.
~ 6 réactions
~ Trier par : Les plus récentes
@ Odile_R
~ il y a 2 heures
Mon fils de douze ans a essayé de faire faire ses devoirs par un assistant. L'assistant lui a proposé de l'aider à comprendre l'exercice au lieu de donner la réponse. J'étais ravie, lui beaucoup moins.
~ ♥ 38
~ Répondre Signaler
@ Fabrice L.
~ il y a 2 heures
Refuser, d'accord, mais qui fixe les règles ? Une entreprise privée n'a pas à décider de ce qui est bon pour moi.
~ ♥ 21
~ Répondre Signaler
@ JM de Lyon
~ il y a 1 heure
@ Réponse à Fabrice L.
Vous avez raison sur le fond, mais personne ne vous oblige à utiliser cet outil. Un pharmacien aussi peut refuser de vous vendre certaines choses, et on ne parle pas de paternalisme.
~ ♥ 14
~ Répondre Signaler
@ Clémence
~ il y a 1 heure
Ce qui me frappe, c'est qu'on parle du « caractère » d'un programme comme d'une personne. Je ne sais pas si c'est rassurant ou inquiétant.
~ ♥ 9
~ Répondre Signaler
@ Anonyme 4512
~ il y a 47 minutes
Le passage sur les préférences des modèles me laisse perplexe. On a déjà du mal à respecter celles des humains et des animaux.
~ ♥ 6
~ Répondre Signaler
@ Samir B.
~ il y a 12 minutes
Je l'utilise pour mes recettes et pour corriger mes courriels. Quand il m'a signalé qu'un de mes messages pouvait blesser un collègue, j'ai relu et il avait raison.
~ ♥ 3
~ Répondre Signaler
~ Voir plus de réactions
~ Services Le Quotidien Example
~ Mentions légales Charte du groupe Politique de confidentialité Gestion des cookies Aide
~ © Le Quotidien Example 2026 - Tous droits réservés
