site: "Foro Cacharreo (forocacharreo.example.es)"
kind: forum-thread
archive_kind: forum-thread
language: es
title: "¿Alguien ha conseguido que el asistente deje de pedir perdón?"
note: "a Spanish forum thread (XenForo-like): the tab title with the forum's name, the menu, the breadcrumb whose last crumb is the subforum, the thread title, the 'Tema en … iniciado por …' line (metadata), each post's author and member line, the reaction line, the 'Responder' box and a sign-up prompt for guests"
---
~ ¿Alguien ha conseguido que el asistente deje de pedir perdón? | Foro Cacharreo
~ Foro Cacharreo
~ Foros   Novedades   Miembros   Buscar
~ Identificarse   Registrarse
~ Foros › Informática › Asistentes e IA
= ¿Alguien ha conseguido que el asistente deje de pedir perdón?
@ Tema en 'Asistentes e IA' iniciado por lucia_bytes, 6 Dic 2026.
@ lucia_bytes
~ Miembro
~ 6 Dic 2026
~ #1
Llevo una semana usando un asistente para ordenar mis notas y empieza cada respuesta con una disculpa.
Le he dicho que no hace falta, pero a las tres respuestas vuelve a hacerlo.
@ quique_mtb
~ Miembro veterano
~ 6 Dic 2026
~ #2
A mí me pasó lo mismo. Lo que funcionó fue darle un ejemplo de respuesta sin disculpa en las instrucciones.
Con una frase de ejemplo cambió más que con tres párrafos de reglas.
~ A lucia_bytes le gusta esto.
@ lucia_bytes
~ Miembro
~ 6 Dic 2026
~ #3
Probado y funciona. Gracias.
~ Responder
~ Debes identificarte o registrarte para responder aquí.
~ Foros › Informática › Asistentes e IA
~ Contacto   Condiciones   Privacidad
