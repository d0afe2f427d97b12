site: "YouTube (página de transcripción)"
kind: "video-transcript"
archive_kind: "podcast-transcript"
language: "es"
note: "YouTube watch page with transcript panel in Spanish; timestamps on their own lines are chrome; view count, subscribe and chapter chrome; scrape duplicate."
---
~ Saltar navegación
~ ES
~ Buscar
= ¿Qué significa que una IA esté "alineada"? Explicado en 10 minutos
@ Ciencia en la Cocina
~ 48,2 k suscriptores
~ Suscribirse
~ 12 k visualizaciones  hace 2 semanas
~ Me gusta 1,1 k · Compartir · Guardar
~ Transcripción
~ Capítulo 1: Introducción
~ 0:00
Hola a todos y bienvenidos de nuevo al canal.
~ 0:04
Hoy vamos a hablar de un tema que parece complicado pero que se puede explicar con una receta de cocina.
~ 0:11
Imagina que le pides a alguien que te prepare una paella y te trae un arroz con pollo perfecto.
+^
~ 0:19
Técnicamente cumplió la tarea, pero no hizo lo que tú realmente querías.
~ Capítulo 2: Objetivos y valores
~ 0:26
Eso, en pocas palabras, es el problema de la alineación.
~ 0:31
Queremos que los modelos entiendan la intención, no solo la letra de la instrucción.
~ 0:38
Y además queremos que tengan valores estables, que no cambien según quién les hable.
~ 0:45
En el siguiente capítulo veremos tres ejemplos reales de cómo se intenta lograr esto.
~ Mostrar menos
~ 214 comentarios
~ Ordenar por
~ Siguiente
~ Reproducción automática
