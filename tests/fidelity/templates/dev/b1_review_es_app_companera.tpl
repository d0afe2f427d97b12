site: "Review site (opiniones.example.es)"
kind: review-site
archive_kind: article
language: es
title: "Opiniones de Compañera IA"
note: "review aggregator; the title follows the breadcrumb and precedes the rating summary; star ratings, \"¿Te resultó útil?\" and dates are chrome; reviewer names are metadata."
---
~ Inicio Categorías Escribir una opinión Para empresas
~ Iniciar sesión
~ Inicio › Aplicaciones › Asistentes
= Opiniones de Compañera IA
~ Puntuación media 3,8 · 1.284 opiniones
~ ★★★★☆
~ Escribir una opinión
~ Filtrar: Todas 5★ 4★ 3★ 2★ 1★
@ Lucía M.
~ ★★★★★ · hace 2 días
La uso para planificar comidas y me gusta que no me dé la razón en todo. Cuando le dije que quería cenar solo pan me sugirió añadir algo de verdura sin sermonearme.
~ ¿Te resultó útil? Sí (12) No (1) Denunciar
@ Jordi P.
~ ★★★☆☆ · hace 1 semana
El personaje es simpático al principio, pero después de muchas conversaciones empieza a repetir las mismas bromas.
Además me gustaría poder elegir un tono más serio.
~ ¿Te resultó útil? Sí (8) No (0) Denunciar
~ Respuesta de Compañera IA · hace 6 días
Gracias por tu comentario, Jordi. En la próxima versión se podrá ajustar el tono desde los ajustes.
@ Marta G.
~ ★★★★☆ · hace 3 semanas
Me sorprendió que admitiera no saber algo sobre mi bicicleta en lugar de inventarse una respuesta.
~ ¿Te resultó útil? Sí (21) No (2) Denunciar
~ Página 1 de 129 « Anterior 1 2 3 … Siguiente »
~ Acerca de Contacto Privacidad Condiciones © 2026 Opiniones Example
