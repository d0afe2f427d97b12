site: Spanish podcast page on a hosting platform (Voces Sintéticas)
kind: podcast-transcript
archive_kind: podcast-transcript
language: es
note: "the show's name and menu, 'Episodio 12 · Temporada 2' and the date above the episode's title; the description, then the apps' links"
---
~ Voces Sintéticas
~ Episodios
~ Suscríbete
~ Episodio 12 · Temporada 2
~ 4 de marzo de 2025
= ¿Puede una máquina tener buen carácter?
~ 38:20
En este episodio hablamos con la filósofa Carmen Ruiz sobre qué significa que un asistente tenga carácter, y si tiene sentido hablar de virtudes en un programa.
Carmen distingue entre el estilo, que se puede configurar, y algo parecido al carácter, que aparece cuando el asistente tiene que elegir entre dos cosas que valora.
~ Escúchalo en Spotify
~ Escúchalo en Apple Podcasts
~ Compartir
