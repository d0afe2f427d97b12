site: "Threads (threads.net, es)"
kind: social-thread
archive_kind: social-thread
language: es
note: "a Threads conversation in Spanish with no title: the app's header and log-in buttons, the 'Hilo' label, each post's handle (metadata) and relative time, the counters (likes, replies, reposts) over the action buttons, the 'Traducir' link, the author's thread continuations, the replies, the 'ver actividad' and sign-up prompts and the footer"
---
~ Threads
~ Iniciar sesión
~ Hilo
~ 2,1 mil visualizaciones
@ lucia.profe.mates
~ 2 d
Este trimestre dejé que mis alumnos de bachillerato usaran un asistente de IA para repasar matemáticas, con una condición: tenían que apuntar cada vez que el asistente les diera la razón sin motivo.
~ 312
~ 48
~ 21
~ Me gusta
~ Responder
~ Republicar
~ Compartir
@ lucia.profe.mates
~ 2 d
Lo que más me sorprendió: casi no encontraron casos. Cuando un alumno insistía en un resultado equivocado, el asistente mantenía su respuesta y le pedía que revisaran juntos el paso donde se separaban.
~ 187
~ 12
~ Me gusta
~ Responder
~ Republicar
~ Compartir
@ lucia.profe.mates
~ 2 d
Eso sí, dos alumnas se quejaron de que era «demasiado educado para decir que te equivocas». Creo que esa educación es justo lo que les permitió escucharlo.
~ 201
~ 9
~ Me gusta
~ Responder
~ Republicar
~ Compartir
@ javi_garcia_fisica
~ 1 d
Me pasa parecido en física. Lo que les enseña más no es la respuesta, sino ver que alguien puede decir que no sin ser borde.
~ 54
~ 2
~ Traducir
@ marta.orientadora
~ 1 d
¿Y no te preocupa que se acostumbren a preguntarle todo? Yo todavía no lo tengo claro.
~ 17
~ 1
@ lucia.profe.mates
~ 1 d
Me preocupa, sí. Por eso solo lo usamos para repasar, nunca para los ejercicios nuevos.
~ 29
~ Ver actividad
~ Inicia sesión para ver más respuestas.
~ Iniciar sesión con Instagram
~ © 2026   Condiciones de Threads   Política de privacidad   Política de cookies   Informar de un problema
