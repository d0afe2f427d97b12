site: "Preguntas y respuestas (respuestas.example.es)"
kind: qa-page
archive_kind: forum-thread
language: es
title: "¿Cómo consigo que el asistente mantenga el mismo tono en todas las respuestas?"
note: "Q&A page in the Stack Exchange shape; each answer prints 'compartir mejorar esta respuesta seguir', 'editada ...', 'respondida ...' and a vote count; the numbered steps inside an answer are content."
---
~ Preguntas Etiquetas Usuarios Sin responder
~ Iniciar sesión Registrarse
= ¿Cómo consigo que el asistente mantenga el mismo tono en todas las respuestas?
~ Formulada hace 2 meses
~ Modificada hace 1 mes
~ Vista 1k veces
~ 7
Estoy escribiendo la descripción del carácter de un asistente para una biblioteca. A veces responde con mucha formalidad y otras veces con bromas.
Me gustaría que el tono fuera estable sin que parezca un robot.
~ asistentes personalidad prompts
~ compartir mejorar esta pregunta seguir
~ formulada hace 2 meses
@ bibliotecaria_ana
~ 3 respuestas
~ Ordenado por:
~ 12
Lo que mejor me ha funcionado es seguir tres pasos:
1. Describir el tono con ejemplos concretos de frases.
2. Indicar qué hacer cuando no sabe la respuesta.
3. Revisar veinte conversaciones reales cada semana.
Con eso el tono dejó de saltar de un extremo a otro.
~ compartir mejorar esta respuesta seguir
~ editada hace 1 mes
~ respondida hace 2 meses
@ jmartin
~ 5
Añadiría que conviene decirle explícitamente qué no debe hacer, por ejemplo no usar chistes cuando el usuario está molesto.
~ compartir mejorar esta respuesta seguir
~ respondida hace 2 meses
@ quique_dev
~ 1
Yo probé a bajar la temperatura y funcionó a medias. El tono era más estable, pero las respuestas se volvieron repetitivas.
~ compartir mejorar esta respuesta seguir
~ editada hace 3 semanas
~ respondida hace 1 mes
@ lola.p
~ Tu respuesta
~ Publicar tu respuesta
~ Privacidad Condiciones Contacto
