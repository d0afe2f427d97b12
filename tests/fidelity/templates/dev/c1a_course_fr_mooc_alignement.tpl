site: "MOOC platform (cours.example.fr)"
kind: course-page
archive_kind: article
language: fr
title: "Leçon 3 : pourquoi un modèle a-t-il une personnalité ?"
note: "a French MOOC lesson page: platform header, the course's name and session, the course tabs (Cours, Discussion, Progression), the outline in the sidebar with ticks, breadcrumb of week and sequence, the video player's labels and transcript toggle, the 'Marquer comme terminé' button, previous/next unit, the help link."
---
~ Aller au contenu
~ Catalogue Mes cours Aide
~ Mon compte
~ Comprendre les assistants conversationnels
~ Session 2 · du 5 novembre au 20 décembre 2026
~ Cours Discussion Progression Dates Notes
~ Semaine 1 : les bases ✓
~ Semaine 2 : le caractère des modèles
~ Leçon 1 : vocabulaire ✓
~ Leçon 2 : données et exemples ✓
~ Leçon 3 : pourquoi un modèle a-t-il une personnalité ?
~ Semaine 3 : évaluer et corriger
~ Semaine 2 › Le caractère des modèles › Leçon 3
= Leçon 3 : pourquoi un modèle a-t-il une personnalité ?
~ Vidéo
~ Lecture
~ 0:00 / 12:47
~ Vitesse 1.0x
~ Sous-titres
~ Afficher la transcription
~ Télécharger la vidéo
Dans cette leçon, nous regardons d'où vient ce que l'on appelle la personnalité d'un assistant.
Une part vient des textes d'entraînement, une autre des consignes écrites par les concepteurs, une autre encore des retours des personnes qui ont noté les réponses.
Aucune de ces sources ne suffit seule. Un assistant poli mais qui se trompe souvent n'inspire pas confiance.
À retenir
La personnalité d'un modèle est un comportement observable, pas une décoration.
On peut la mesurer en posant les mêmes questions de plusieurs manières.
Pour la prochaine leçon, pensez à un échange avec un assistant qui vous a surpris, en bien ou en mal.
~ Marquer comme terminé
~ Précédent
~ Suivant
~ Vous avez une question ? Posez-la dans le forum du cours.
~ Signaler un problème
~ © 2026 Cours Example · Conditions d'utilisation · Politique de confidentialité
