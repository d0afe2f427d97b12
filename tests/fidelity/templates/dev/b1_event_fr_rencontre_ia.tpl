site: "Event page (evenements.example.fr)"
kind: event-page
archive_kind: article
language: fr
title: "Rencontre : les personnages des IA conversationnelles"
note: "event page; the title follows the \"Agenda\" label and the date block; practical info lines (Lieu, Tarif) are chrome; the programme list is content."
---
~ Accueil Agenda Lieux Proposer un événement
~ Se connecter
~ Nous utilisons des cookies pour améliorer votre expérience. Tout accepter Personnaliser
~ Agenda › Conférences › Sciences et techniques
~ AGENDA
~ Jeudi 26 mars 2026 · 18h30 – 20h30
= Rencontre : les personnages des IA conversationnelles
~ Lieu : Médiathèque du Vieux-Port, salle 2
~ Tarif : Gratuit, sur inscription
~ Ajouter à mon agenda
Pourquoi les assistants conversationnels ont-ils une voix, un ton, parfois un prénom ? Cette rencontre réunit une chercheuse en linguistique, un concepteur de dialogues et une philosophe.
Ils discuteront de la manière dont on construit un personnage cohérent, et de ce qui se passe quand ce personnage doit dire non.
Au programme :
18h30 : accueil et café
18h45 : présentation des intervenants
19h00 : table ronde
20h00 : questions du public
La philosophe présentera aussi les débats récents sur le bien-être des modèles, une question encore très ouverte.
La rencontre sera suivie d'un petit atelier de pâtisserie animé par l'équipe de la médiathèque, parce qu'on réfléchit mieux avec une madeleine.
~ S'inscrire
~ Places restantes : 14
~ Partager : Facebook X E-mail
~ Événements similaires
~ Atelier vélo : réparer sa crevaison
~ Concert de jazz au jardin
~ Mentions légales · Plan du site · © 2026 Evenements Example
