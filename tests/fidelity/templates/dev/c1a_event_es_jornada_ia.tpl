site: "Event ticketing page (entradas.example.es)"
kind: event-page
archive_kind: article
language: es
title: "Jornada abierta: la personalidad de los asistentes de IA"
note: "a Spanish ticketing page: cookie banner, header, the date and place block with its labels, the price and 'Conseguir entradas' button, 'Acerca de este evento' heading, the agenda (content), organiser card with followers, tags, share and report links, the similar events."
---
~ Saltar al contenido principal
~ Buscar eventos
~ Crear eventos Ayuda Iniciar sesión Registrarse
~ Usamos cookies para personalizar contenido. Aceptar todas Rechazar Configurar
~ sáb, 16 ene 2027, 10:00
= Jornada abierta: la personalidad de los asistentes de IA
Una mañana para entender por qué los asistentes conversacionales hablan como hablan y quién decide su carácter.
~ Fecha y hora
~ sábado, 16 de enero · 10:00 - 14:00 CET
~ Ubicación
~ Biblioteca Municipal del Carmen, Calle del Pozo 4, Valencia
~ Mostrar mapa
~ Reembolsos hasta 7 días antes del evento
~ Acerca de este evento
~ Duración: 4 horas
Los asistentes de IA no tienen un carácter por casualidad: alguien escribe sus instrucciones, elige sus ejemplos y decide qué deben hacer cuando no saben algo.
En esta jornada hablaremos de honestidad, de amabilidad y de los casos en que ambas chocan.
Programa
10:00 Bienvenida y café
10:30 Charla: cuando el asistente tiene que decir que no
11:30 Taller práctico en grupos pequeños
13:00 Mesa redonda sobre el bienestar de los modelos
La entrada es gratuita, pero las plazas son limitadas. Trae tu propio portátil si quieres participar en el taller.
~ Etiquetas
~ #inteligenciaartificial #valencia #charlas
~ Organizado por
~ Colectivo Diálogos Sintéticos
~ 312 seguidores
~ Seguir
~ Contactar
~ Denunciar este evento
~ Gratis
~ Conseguir entradas
~ Más eventos de este organizador
~ Taller de pan de masa madre para principiantes
~ Ruta en bici por la huerta
~ © 2027 Entradas Example · Condiciones · Privacidad · Cookies
