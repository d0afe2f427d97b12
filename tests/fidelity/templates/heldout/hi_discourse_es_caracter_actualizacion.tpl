site: "Discourse forum (foro.ia-abierta.example.es)"
kind: discourse-thread
archive_kind: forum-thread
language: es
title: "¿El asistente cambia de carácter cuando cambia de idioma?"
note: "Discourse thread in Spanish; the title after the header and before the category chips; post authors are metadata; dates, like counts, \"Responder\" buttons, the topic summary and suggested topics are chrome; a quoted line (\"> …\") is content; one post line was saved twice (scrape duplicate)."
---
~ Saltar al contenido principal
~ Registrarse Iniciar sesión
~ Foro IA Abierta
= ¿El asistente cambia de carácter cuando cambia de idioma?
~ Comportamiento de modelos
~ personalidad multilingüe
@ carmen_ibarra
~ nov. 2026
Llevo unas semanas probando el mismo asistente en castellano y en catalán, y tengo la impresión de que en catalán es más formal y menos bromista.
No he cambiado ninguna instrucción. ¿Alguien ha medido algo parecido o es solo sensación mía?
~ 4 Me gusta
@ jordi.p
~ nov. 2026
Nosotros lo vimos con el gallego. El modelo ha leído menos texto informal en ese idioma, así que tira hacia un registro más de periódico.
Lo que nos funcionó fue escribir tres o cuatro ejemplos de conversación en cada idioma, con el tono que queríamos.
+^
~ 9 Me gusta
@ lucia_mtz
~ nov. 2026
| > tengo la impresión de que en catalán es más formal
A mí me parece normal hasta cierto punto. Lo que me preocuparía es que cambiaran los valores, por ejemplo que en un idioma fuera más fácil convencerlo de algo que en otro no aceptaría.
Eso sí habría que medirlo con cuidado.
~ 6 Me gusta
@ carmen_ibarra
~ nov. 2026
Buena distinción. El tono me importa menos que la honestidad. Probaré las mismas preguntas difíciles en los dos idiomas y os cuento.
~ 2 Me gusta
@ pablo_r
~ dic. 2026
Gracias, me apunto al hilo.
~ Responder
~ creado nov. 2026 · última respuesta dic. 2026 · 5 respuestas · 412 vistas · 4 usuarios · 21 me gusta
~ Temas sugeridos
~ Tema Respuestas Vistas Actividad
~ ¿Qué pan casero le pedís a vuestro asistente? 12 880 oct.
~ Límites de memoria en asistentes de voz 3 215 nov.
~ ¿Quieres leer más? Explora otros temas en Comportamiento de modelos.
~ Funciona con Discourse, se visualiza mejor con JavaScript activado
