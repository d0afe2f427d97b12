site: French podcast host episode page (Ausha-style, Les Machines Bavardes)
kind: podcast-transcript
language: fr
note: an episode page with the player, the season/episode row, a sponsor line in the description, timestamped chapters, a transcript whose speaker labels head each turn, and the platform links and footer
---
~ Les Machines Bavardes
~ Le podcast qui parle aux intelligences artificielles
~ Épisodes
~ À propos
~ Nous soutenir
~ Écouter sur Apple Podcasts
~ Écouter sur Deezer
~ Écouter sur Spotify
= Ép. 27 – Peut-on faire confiance à une IA qui ne se trompe jamais ?
~ Saison 2 · Épisode 27
~ 12 février 2026
~ 38 min
~ Lecture
~ Partager
Dans cet épisode, Camille reçoit Yanis Belkacem, chercheur en interaction humain-machine, pour parler de confiance, d’excès d’assurance et des assistants qui n’avouent jamais leurs doutes.
~ Cet épisode vous est proposé par Librairie Marée Haute : 10 % de remise avec le code BAVARDES.
~ Chapitres
~ 00:00 – Introduction
~ 04:30 – La confiance, ça se mesure ?
~ 21:15 – Quand l’IA doute à voix haute
~ Transcription
@ Camille
Bonjour à toutes et à tous. Yanis, on dit souvent qu’on fait confiance à ceux qui ne se trompent pas. C’est vrai pour les machines ?
@ Yanis
Pas vraiment. Une machine qui ne se trompe jamais en apparence nous rend paresseux. On arrête de vérifier, et le jour où elle se trompe, personne ne le voit.
@ Camille
Donc un assistant devrait montrer ses doutes ?
@ Yanis
Oui, mais avec mesure. Un assistant qui dit « je ne suis pas sûr » à chaque phrase devient inutile. Ce qu’il faut, c’est que le doute soit honnête et bien placé.
~ Transcription générée automatiquement, puis relue.
~ Épisodes similaires
~ Ép. 26 – Mon chatbot a-t-il des opinions ?
~ Hébergé par Ausha · Mentions légales · Cookies
