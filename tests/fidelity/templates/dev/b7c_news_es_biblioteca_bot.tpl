site: "Periódico local (El Eco del Valle)"
kind: local-news
archive_kind: article
language: es
title: "La biblioteca municipal estrena un chatbot que reconoce cuando no sabe algo"
note: "a Spanish local paper: the menu, the section, the byline (metadata) with the role, the date and reading time, the share row, the photo's caption (content) and credit, an advert, a 'read also' link, the tags under a bare label, the comments' count and prompt, the newsletter box, more news and the footer"
---
~ Ir al contenido
~ Portada
~ Local
~ Comarca
~ Deportes
~ Opinión
~ Suscríbete
~ Iniciar sesión
~ Local
= La biblioteca municipal estrena un chatbot que reconoce cuando no sabe algo
El asistente, entrenado con el catálogo de la biblioteca, fue probado durante tres meses por voluntarios.
@ Lucía Ferrer
~ Redactora
~ 3 de diciembre de 2026, 08:30
~ Lectura: 3 min
~ Compartir
~ Facebook
~ WhatsApp
~ X
Los voluntarios pasaron el otoño haciendo preguntas difíciles al nuevo asistente de la biblioteca.
Cuando no encontraba la respuesta en el catálogo, lo decía y recomendaba preguntar en el mostrador.
Un voluntario prueba el asistente en la sala de lectura.
~ Foto: El Eco del Valle
~ Publicidad
~ Lee también: El ayuntamiento ampliará el horario de la sala de estudio
El pleno decidirá en enero si el servicio continúa después de la prueba.
~ Etiquetas
~ Biblioteca
~ Tecnología
~ 4 comentarios
~ Deja tu comentario
~ Recibe las noticias del valle
~ Cada mañana, lo más importante en tu correo.
~ Tu correo electrónico
~ Suscribirme
~ Más noticias
~ Cortes de tráfico en la avenida del río por obras
~ Aviso legal
~ Política de privacidad
~ Política de cookies
~ © 2026 El Eco del Valle
