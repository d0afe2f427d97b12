site: Spanish SMF forum (Foro Panaderos Caseros)
kind: forum-thread
archive_kind: forum-thread
language: es
title: ¿Le hacéis caso al chatbot con la masa madre?
note: 'Simple Machines Forum in Spanish — menu, breadcrumb, pages, the topic line with reads, per post the rank, status, post count, "Respuesta #N en:" date lines, "Citar", "En línea" under each post, print link, SMF credit'
---
~ Inicio
~ Ayuda
~ Buscar
~ Ingresar
~ Registrarse
~ Foro Panaderos Caseros » Masa madre » Dudas
~ « anterior próximo »
~ Páginas: [1]
~ Ir abajo
~ Imprimir
~ Autor Tema: ¿Le hacéis caso al chatbot con la masa madre?  (Leído 288 veces)
@ pan_de_pueblo
~ Jr. Member
~ Desconectado
~ Mensajes: 41
~ ¿Le hacéis caso al chatbot con la masa madre?
~ « en: 4 de marzo de 2025, 19:22:10 »
Le pregunté a un asistente de inteligencia artificial cada cuánto alimentar la masa madre y me respondió con mucha seguridad: dos veces al día.
Yo la alimento una vez y va perfecta. ¿Quién tiene razón?
~ En línea
@ harinera
~ Hero Member
~ Desconectado
~ Mensajes: 2.318
~ Re: ¿Le hacéis caso al chatbot con la masa madre?
~ « Respuesta #1 en: 4 de marzo de 2025, 20:05:44 »
~ Citar
Los dos. Depende de la temperatura de tu cocina y de la harina.
Citar a un chatbot como autoridad es mala idea, pero en este caso no se equivocó del todo.
~ En línea
~ Páginas: [1]
~ Ir arriba
~ Imprimir
~ « anterior próximo »
~ Ir a:
~ SMF 2.1.4 © 2023, Simple Machines
~ Política de privacidad
