site: French podcast host's episode page (Ausha-like)
kind: podcast-transcript
archive_kind: podcast-transcript
language: fr
title: "Épisode 14 – Peut-on faire confiance à un assistant poli ?"
note: "a French podcast host's episode page: the player's buttons and duration, the listen-on links, the description and transcript (content), the episode's credits, the next episodes list and the host's footer"
---
= Épisode 14 – Peut-on faire confiance à un assistant poli ?
~ 4 déc. 2026
~ 38 min
~ Lecture
~ Partager
~ Télécharger
~ Écouter sur Apple Podcasts
~ Écouter sur Spotify
~ Écouter sur Deezer
Dans cet épisode, nous parlons de politesse et de sincérité chez les assistants conversationnels. Un assistant trop aimable peut-il encore nous dire la vérité ?
~ Transcription
Claire : Bonjour à toutes et à tous. Aujourd'hui, une question simple en apparence : la politesse d'une machine, ça sert à quoi ?
Hugo : Pour moi, elle sert surtout à faire passer une mauvaise nouvelle sans brusquer la personne.
Claire : Mais si l'assistant dit toujours oui avec le sourire, on finit par ne plus le croire.
Hugo : Exactement. La confiance vient de la constance, pas de la flatterie.
~ Réalisation : Studio Fougère
~ Musique : Les Abeilles Électriques
~ Épisodes suivants
~ Épisode 15 – Les robots ont-ils des humeurs ?
~ Épisode 13 – Le pain, la patience et les algorithmes
~ Voir tous les épisodes
~ Hébergé par Ausha. Consultez ausha.co/politique-de-confidentialite pour plus d'informations.
