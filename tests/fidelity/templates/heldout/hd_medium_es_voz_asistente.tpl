site: "Medium (medium.com)"
kind: medium-post
archive_kind: blog-post
language: es
note: "Medium post in Spanish; title after the member-only banner; claps and read time are chrome; the middle paragraphs were decoded as latin_1."
---
~ Abrir en la app
~ Regístrate
~ Iniciar sesión
~ Escribir
~ Historia solo para miembros
= Cómo le di una voz propia a nuestro asistente sin volverlo un payaso
Tres reglas que aprendimos después de seis meses de pruebas con usuarios reales
@ Marta Villalobos
~ Seguir
~ 7 min de lectura
~ 3 mar 2025
~ 1.2K
~ 18
~ Escuchar
~ Compartir
Cuando empezamos a diseñar la personalidad del asistente de nuestra biblioteca municipal, el primer borrador era un desastre simpático. Hacía chistes en cada respuesta y terminaba todo con signos de exclamación.
[[latin_1:La primera regla fue sencilla: el humor sólo aparece cuando el usuario lo inicia. Si alguien pregunta por una multa de devolución, no está de humor para juegos de palabras.]]
[[latin_1:La segunda regla nos costó más: el asistente puede decir «no sé» sin disculparse tres veces. Descubrimos que las disculpas en cadena generaban más desconfianza que el propio error.]]
La tercera regla vino de una usuaria mayor que nos escribió una carta. Nos pidió que el asistente dejara de llamarla «amiga», porque no lo era.
Ese detalle nos enseñó que la calidez no consiste en la confianza fingida. Consiste en recordar lo que la persona ya dijo y no obligarla a repetirlo.
Nota: todas las pruebas se hicieron con consentimiento y sin guardar datos personales.
~ Inteligencia Artificial
~ Diseño Conversacional
~ Bibliotecas
~ UX
~ 1.2K
~ 18
~ Escrito por Marta Villalobos
~ 2.3K seguidores
~ Diseñadora de conversación. Escribo sobre bibliotecas, voces y máquinas.
~ Más de Marta Villalobos
~ Recomendado de Medium
~ Ayuda
~ Estado
~ Acerca de
~ Empleos
~ Privacidad
~ Términos
