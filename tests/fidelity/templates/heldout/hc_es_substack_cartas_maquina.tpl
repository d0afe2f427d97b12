site: Substack (cartasdesdelamaquina.substack.com)
kind: newsletter-post
archive_kind: blog-post
language: es
note: Spanish Substack post - publication name with Suscribirse/Iniciar sesión, the title, a subtitle (deck, content), author as metadata, date and like/comment/share counters as chrome, the mid-post subscription box, a body sentence about a 'Suscribirse' button that must stay, comment box, comment authors as metadata with dates and 'Me gusta/Responder' rows, footer links
---
~ Cartas desde la máquina
~ Suscribirse Iniciar sesión
= ¿Puede un asistente tener buenos modales sin tener personalidad?
Notas de una semana intentando que mi asistente dejara de pedir perdón.
@ Lucía Ferrer
~ 1 dic 2026
~ 24 4 Compartir
Esta semana hice un experimento pequeño y un poco tonto: contar cuántas veces me pedía perdón mi asistente de escritura.
Fueron treinta y una veces en cinco días. La mayoría, por cosas que no eran culpa de nadie.
Cuando le pedí que dejara de disculparse, lo hizo durante dos respuestas y luego volvió a empezar. Me recordó a un camarero muy educado que no sabe cómo dejar de serlo.
~ ¡Gracias por leer Cartas desde la máquina! Suscríbete gratis para recibir nuevas cartas.
~ Suscribirse
Al final entendí algo: los modales no son solo palabras bonitas, son una forma de decir "te estoy escuchando". El problema no era la cortesía, sino la cortesía automática.
Mi sobrina, que diseña páginas web, me enseñó su truco: pedirle al asistente que escriba el texto del botón «Suscribirse» sin usar ninguna disculpa. Funcionó a la primera.
La próxima semana probaré lo contrario: un asistente brusco a propósito. Sospecho que lo echaré de menos.
~ 24 Me gusta
~ 4 comentarios
~ Compartir
~ Escribe un comentario...
@ Martín G.
~ 2 dic
A mí me pasa con el "¡Excelente pregunta!". Ya ni lo leo.
~ Me gusta (3) Responder
@ Lucía Ferrer
~ 2 dic · Autor
Ese también entra en la lista de la semana que viene.
~ Me gusta (1) Responder
~ © 2026 Lucía Ferrer · Privacidad ∙ Términos ∙ Aviso de recopilación
~ Empieza a escribir Descarga la app
