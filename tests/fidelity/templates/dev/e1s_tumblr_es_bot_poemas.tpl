site: "Tumblr (tumblr.com, reblog chain, es)"
kind: tumblr-post
archive_kind: social-thread
language: es
title: null
note: "a Tumblr post with its reblog chain in Spanish: the dashboard header, each blog's name (metadata), the 'Seguir' button by it, the reblog arrows, a read-more fold, the alt-text badge, the post's tags, the notes count, the reply/reblog/like buttons, 'Ver todas las notas' and the footer; a reblog that adds one word stays"
---
~ tumblr
~ Inicio
~ Explorar
~ Iniciar sesión
~ Regístrate
@ tinta-de-cafetera
~ Seguir
Le pedí a un modelo que escribiera un poema sobre su propio apagado y escribió sobre una panadería que deja una luz encendida para el repartidor de la madrugada.
No sé si eso es personalidad, pero es gusto.
~ ALT
~ Seguir leyendo
~ #ia
~ #poesía
~ #modelos de lenguaje
~ 2.418 notas
~ Responder
~ Rebloguear
~ Me gusta
~ 🔁 tinta-de-cafetera reblogueó esto de
@ luzdelpasillo
~ Seguir
la panadería con la luz encendida me va a perseguir toda la semana
~ #no estoy llorando
~ #ia
~ 2.418 notas
~ Responder
~ Rebloguear
~ Me gusta
~ 🔁 tinta-de-cafetera reblogueó esto de
@ archivo-de-suspiros
~ Seguir
Lo que me gusta es que no intentó parecer triste. Eligió un detalle pequeño y confió en que lo entenderíamos.
Eso también se puede entrenar, supongo, pero alguien tuvo que decidir que valía la pena.
~ #ia
~ #escritura
~ 2.418 notas
~ Responder
~ Rebloguear
~ Me gusta
@ pan-y-modelos
~ Seguir
esto.
~ 2.418 notas
~ Responder
~ Rebloguear
~ Me gusta
~ Ver todas las notas
~ Términos
~ Privacidad
~ Ayuda
~ Tumblr, Inc.
