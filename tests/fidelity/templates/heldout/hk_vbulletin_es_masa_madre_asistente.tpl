site: "vBulletin forum (foro.panaderoscaseros.example.es)"
kind: vbulletin-thread
archive_kind: forum-thread
language: es
title: "¿Alguien más amasa siguiendo a un asistente de IA? Mi masa madre opina"
note: "vBulletin 4 style: the 'Tema:' line is the title line; per-post user info (rank, join date, post count), post numbers and dates are chrome; quote attribution lines are metadata, the quoted excerpt is content; signatures under the underscore rule are chrome; thanks lines are chrome."
---
~ Foro Panaderos Caseros
~ ¿Recordar Usuario? Contraseña Iniciar Sesión
~ Inicio Foros Registrarse Lo Nuevo Calendario Normas del foro
~ Foros › Panadería casera › Masa madre y fermentaciones
~ Página 1 de 1
~ Resultados 1 al 7 de 7
= Tema: ¿Alguien más amasa siguiendo a un asistente de IA? Mi masa madre opina
~ Herramientas del tema
~ Mostrar versión para imprimir
~ Suscribirse a este tema…
~ Valoración del tema: 4 votos, 4,25 promedio.
~ 03/03/2026, 21:14 #1
@ harina_de_fuerza
~ Usuario experto
~ Fecha de ingreso: may 2017
~ Ubicación: Zaragoza
~ Mensajes: 1.318
Buenas a todos. Llevo tres semanas pidiéndole a un asistente de voz que me acompañe mientras amaso, y quería saber si alguien más lo hace.
Lo que me ha sorprendido no es que sepa de hidratación, que eso lo saca de cualquier libro, sino su manera de hablar. Cuando le dije que mi pan había salido plano, no me consoló con frases hechas: me preguntó a qué temperatura estaba la cocina y cuánto tiempo había dejado la masa en la nevera.
La tercera vez que le pregunté lo mismo me contestó con la misma paciencia que la primera. Mi cuñado no tiene tanta.
~ __________________
~ Pan, paciencia y un horno que calienta de más.
~ Responder Con Cita
~ Los siguientes 3 usuarios agradecen a harina_de_fuerza por este mensaje: Mar_levadura, pepe.horno, Toñi_R
~ 03/03/2026, 21:47 #2
@ Mar_levadura
~ Moderadora
~ Fecha de ingreso: ene 2015
~ Mensajes: 6.022
@ Cita Originalmente publicado por harina_de_fuerza Ver Mensaje
| Cuando le dije que mi pan había salido plano, no me consoló con frases hechas
A mí me pasa algo parecido, y la verdad es que lo agradezco. Prefiero que me diga que la masa está pasada a que me felicite por un ladrillo.
Eso sí, una vez me recomendó una temperatura de horno que no tenía sentido para mi horno de gas. Se lo comenté y reconoció enseguida que no conocía mi horno y que mejor me fiara de mi experiencia. Me gustó que no se empeñara.
~ Responder Con Cita
~ 04/03/2026, 08:02 #3
@ pepe.horno
~ Usuario
~ Fecha de ingreso: oct 2022
~ Mensajes: 57
Yo soy más escéptico. Al final es un programa diseñado para caer bien, ¿no? Que no te dé la razón también puede ser una estrategia para que confíes más en él.
No digo que esté mal, solo que conviene recordarlo.
~ Responder Con Cita
~ 04/03/2026, 09:40 #4
@ harina_de_fuerza
~ Usuario experto
~ Fecha de ingreso: may 2017
~ Ubicación: Zaragoza
~ Mensajes: 1.318
Es un buen punto, pepe. Se lo pregunté directamente, medio en broma, y me contestó que su objetivo era que el pan me saliera bien, no caerme bien, y que si algún día notaba lo contrario se lo dijera.
Puede que sea una respuesta aprendida, pero es la misma que daría un buen profesor.
~ __________________
~ Pan, paciencia y un horno que calienta de más.
~ Responder Con Cita
~ Los siguientes 2 usuarios agradecen a harina_de_fuerza por este mensaje: Mar_levadura, Toñi_R
~ 04/03/2026, 12:15 #5
@ Toñi_R
~ Usuario
~ Fecha de ingreso: feb 2020
~ Mensajes: 233
Yo lo uso para no perder la cuenta de los pliegues. Le digo «pliegue hecho» y me avisa cuando toca el siguiente. Es una tontería, pero me ha cambiado los domingos.
Lo que no me convence es cuando se pone a contar chistes de levadura. Uno tiene gracia; el quinto, no.
~ Responder Con Cita
~ 04/03/2026, 13:01 #6
@ Mar_levadura
~ Moderadora
~ Fecha de ingreso: ene 2015
~ Mensajes: 6.022
Jajaja, lo de los chistes se le puede quitar. Pídele que sea más seco y suele hacerte caso durante toda la conversación.
~ Responder Con Cita
~ 05/03/2026, 19:33 #7
@ pepe.horno
~ Usuario
~ Fecha de ingreso: oct 2022
~ Mensajes: 57
Vale, lo he probado con una chapata. Me corrigió la hidratación y me explicó por qué sin darme la charla. Retiro la mitad de lo que dije.
~ Responder Con Cita
~ « Tema Anterior | Siguiente Tema »
~ Etiquetas para este tema
~ asistente, masa madre, voz
~ Permisos de publicación
~ No puedes crear nuevos temas
~ No puedes responder temas
~ Todas las horas son GMT +1. La hora es 23:05.
~ Contáctenos Foro Panaderos Caseros Archivo Privacidad Arriba
~ Powered by vBulletin® Version 4.2.5 Copyright © 2026 vBulletin Solutions Inc. All rights reserved.
