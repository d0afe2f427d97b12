site: Spanish discussion board (SMF-style, Foro Huerta y Ciudad)
kind: forum-thread
archive_kind: forum-thread
language: es
title: "¿Alguien usa un asistente de IA para planificar el huerto?"
note: "an SMF-style board: the board's name, a breadcrumb, then the topic's title after a 'Tema:' label with its read count; each post is headed by its author, the post's subject repeated as 'Re:' and its date"
---
~ Foro Huerta y Ciudad
~ Inicio
~ Ayuda
~ Buscar
~ Ingresar
~ Registrarse
~ Foro Huerta y Ciudad » General » Huertos urbanos
= Tema: ¿Alguien usa un asistente de IA para planificar el huerto? (Leído 412 veces)
@ tomatera_vk
~ « en: 14 de marzo de 2025, 19:02 »
Este año quiero organizar mejor las rotaciones y me han dicho que los asistentes de IA ayudan bastante. ¿Alguien lo ha probado en serio?
@ pepino_urbano
~ Re: ¿Alguien usa un asistente de IA para planificar el huerto?
~ « Respuesta #1 en: 14 de marzo de 2025, 20:15 »
Yo sí. Para el calendario de siembra va muy bien, pero no conoce tu balcón: el sol y el viento tienes que contárselo tú.
@ tomatera_vk
~ Re: ¿Alguien usa un asistente de IA para planificar el huerto?
~ « Respuesta #2 en: 14 de marzo de 2025, 21:40 »
Gracias, lo probaré describiendo bien cada rincón.
~ Imprimir
~ Ir a
