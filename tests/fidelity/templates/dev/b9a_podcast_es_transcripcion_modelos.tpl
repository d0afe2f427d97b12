site: Página de episodio de un pódcast en su sitio propio (www.charlasdesilicio.example)
kind: podcast-transcript
archive_kind: podcast-transcript
language: es
note: "a Spanish podcast's episode page: the show's name and menu, the episode number and length, the listen-on buttons, the description, the transcript's label over the speakers' turns, the previous/next episodes"
---
~ Charlas de Silicio
~ Episodios   Sobre nosotros   Apoya el pódcast
~ Episodio 57
~ 42 min
= ¿Puede un modelo tener mal humor?
~ Escúchalo en Spotify
~ Escúchalo en Apple Podcasts
~ Descargar MP3
En este episodio hablamos con la lingüista Elena Vidal sobre por qué algunos asistentes parecen irritables y qué dice eso de cómo los entrenamos.
~ Transcripción
Marta: Bienvenidos a otro episodio. Hoy está con nosotros Elena Vidal.
Elena: Gracias por la invitación. Es un tema que me tiene fascinada.
Marta: Empecemos por lo básico. ¿Un modelo puede estar de mal humor?
Elena: No lo sabemos con certeza. Lo que sí vemos es que el tono de las respuestas cambia según cómo le hablamos.
Marta: ¿Y eso es un problema?
Elena: Puede serlo si el usuario no entiende por qué. Por eso prefiero asistentes que explican sus límites con calma.
~ Episodio anterior
~ 56. Pan, abejas y algoritmos
~ Episodio siguiente
~ 58. La memoria de las máquinas
~ © 2026 Charlas de Silicio
