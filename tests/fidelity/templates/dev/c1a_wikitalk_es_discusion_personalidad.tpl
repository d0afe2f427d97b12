site: "Wikipedia in Spanish, talk page (es.wikipedia.example)"
kind: wiki-talk
archive_kind: forum-thread
language: es
title: "Discusión:Personalidad de los modelos de lenguaje"
note: "a Spanish Wikipedia talk page: the personal tools, tabs (Artículo, Discusión, Leer, Editar, Ver historial), the 'De Wikipedia' line, the talk-page header box, the table of contents, section headings' edit links, signatures with time (metadata when alone; inside a comment they are the comment's end and stay), the 'Responder' links, the 'Última edición' and footer."
---
~ Ir al contenido
~ Menú principal
~ Buscar en Wikipedia
~ Crear una cuenta Acceder
~ Artículo Discusión
~ Leer Editar código Añadir tema Ver historial
~ Herramientas
= Discusión:Personalidad de los modelos de lenguaje
~ De Wikipedia, la enciclopedia libre
~ Esta es la página de discusión para hablar de mejoras en el artículo Personalidad de los modelos de lenguaje.
~ No es un foro para debatir sobre el tema del artículo.
~ Añade temas nuevos al final de la página y firma tus comentarios con cuatro tildes (~~~~).
~ Contenido
~ 1 Sobre la sección de bienestar
~ 2 Fuentes de la introducción
Sobre la sección de bienestar
~ [editar]
~ Último comentario: hace 3 días
La sección sobre el bienestar de los modelos mezcla opiniones con hechos. Propongo separar lo que dicen los investigadores de lo que opinan los periodistas. Lucía (discusión) 10:14 3 dic 2026 (UTC)
~ Responder
De acuerdo en parte. Pero no conviene borrarla entera; es un tema que aparece cada vez más en las fuentes. Mateo_R (discusión) 12:40 3 dic 2026 (UTC)
~ Responder
Fuentes de la introducción
~ [editar]
La introducción cita un blog personal. Debería sustituirse por un artículo revisado o, al menos, por un medio reconocido. Ainhoa (discusión) 09:02 4 dic 2026 (UTC)
~ Responder
~ Categoría: Wikipedia:Artículos de calidad media
~ Esta página se editó por última vez el 4 dic 2026 a las 09:02.
~ El texto está disponible bajo la Licencia Creative Commons Atribución-CompartirIgual 4.0.
~ Política de privacidad Acerca de Wikipedia Limitación de responsabilidad Versión para móviles
