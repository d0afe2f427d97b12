site: French forum (Forum Vélotaf)
kind: forum-thread
language: fr
note: the first reply went through a cp1252 decode
---
~ Accueil
~ Forum
~ Connexion
~ Inscription
~ Forum › Équipement › Éclairage
= Quel éclairage pour rouler l’hiver sur route non éclairée ?
@ vélotaf_lyon
~ Message par vélotaf_lyon » 8 nov. 2023, 19:02
Je commence à rentrer de nuit sur une petite route départementale sans aucun éclairage. Ma lampe actuelle éclaire à peine à trois mètres. Que conseillez-vous ?
~ Haut
@ claudine_b
~ Message par claudine_b » 8 nov. 2023, 20:15
[[cp1252:Il te faut au moins 400 lumens avec un faisceau coupé, pour ne pas éblouir les voitures en face. Et un feu arrière puissant, c’est aussi important que l’avant.]]
~ Haut
@ vélotaf_lyon
~ Message par vélotaf_lyon » 9 nov. 2023, 07:48
Merci, je vais regarder les modèles avec faisceau coupé. Je ne savais pas que ça existait.
~ Haut
~ Répondre
~ Retourner vers « Éclairage »
~ Qui est en ligne
~ En ligne : 0 membre, 2 invités
