site: "Foro de ciclismo (foro.example.es, XenForo)"
kind: xenforo-thread
archive_kind: forum-thread
language: es
title: "¿Alguien usa un asistente de IA para planear rutas?"
note: "XenForo layout: breadcrumb, thread title, starter line (metadata), per-post author, date and post number, reaction and reply rows; one reply was saved as UTF-8 read as cp1252 (partial mojibake)."
---
~ Foros Novedades Buscar
~ Iniciar sesión Registrarse
~ Foros › Ciclismo de carretera › Rutas y viajes
= ¿Alguien usa un asistente de IA para planear rutas?
@ Iniciado por pedalero_madrid, 9 Mar 2026
~ Responder
@ pedalero_madrid
~ Miembro
~ 9 Mar 2026 #1
Llevo unas semanas pidiéndole a un asistente que me proponga rutas de unos 80 km con poco tráfico. Lo curioso es que cuando no conoce una carretera me lo dice en lugar de inventársela.
¿Os fiáis de estas herramientas o seguís con el mapa de siempre?
~ Me gusta Citar Responder
@ Lucía_ruedas
~ 9 Mar 2026 #2
[[cp1252:Yo lo uso para ideas, pero después compruebo todo en el mapa. Una vez me mandó por un camino de tierra que ya no existía.]]
[[cp1252:Lo bueno es que cuando se lo comenté, reconoció el error sin ponerse a dar excusas.]]
~ Me gusta Citar Responder
@ viejo_pinon
~ 10 Mar 2026 #3
A mí me cansa que sea tan educado. Le pido una ruta y me responde con tres párrafos de ánimo antes de darme el recorrido.
Al final le escribí que fuera directo y desde entonces va mucho mejor.
~ Me gusta 4
~ Citar Responder
@ pedalero_madrid
~ 10 Mar 2026 #4
Buena idea, probaré a pedirle lo mismo. Gracias a los dos.
~ Tienes que iniciar sesión o registrarte para responder aquí.
~ Compartir: Facebook X WhatsApp Enlace
~ Foros › Ciclismo de carretera › Rutas y viajes
~ Condiciones y reglas Política de privacidad Ayuda Inicio
~ Software del foro por XenForo® © 2010-2026 XenForo Ltd.
