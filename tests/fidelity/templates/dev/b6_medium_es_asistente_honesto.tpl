site: "Medium (es)"
kind: medium-post
archive_kind: blog-post
language: es
note: "a Medium post in Spanish: the top bar, the author line with follow and reading time, the clap and share row, the footer of the post, the author's other posts and Medium's own recommendations"
---
~ Abrir en la app
~ Registrarse
~ Iniciar sesión
~ Escribir
= Mi asistente me dijo que no sabía, y fue lo mejor de la semana
Lo que aprendí cuando una máquina admitió sus límites
@ Clara Estévez
~ Seguir
~ 5 min de lectura
~ 3 dic 2026
~ 128
~ 4
~ Escuchar
~ Compartir
Le pregunté al asistente por una planta que tengo en el balcón y me contestó que no podía identificarla con seguridad por la descripción.
Esperaba una respuesta inventada, como tantas veces. En cambio me sugirió qué fotos hacer y a quién preguntar en el vivero.
Al final era una albahaca con mal de hongos, y lo supe porque alguien lo miró de verdad.
~ Inteligencia Artificial
~ Jardinería
~ Honestidad
~ 128
~ 4
~ Escrito por Clara Estévez
~ 312 seguidores
~ Escribo sobre plantas, tecnología y cosas pequeñas.
~ Más de Clara Estévez
~ El día que mi robot aspirador se perdió en el pasillo
~ Recomendado de Medium
~ Ver todas las recomendaciones
~ Ayuda Estado Acerca de Empleos Prensa Blog Privacidad Términos Texto a voz Equipos
