site: Spanish news site (diariodelared.es)
kind: news-article
archive_kind: article
language: es
note: only the readers' comments (and the commenters' names) were stored through a cp1252 decode of their UTF-8 bytes; the article's own accents, ñ and ¿ are correct and must stay so
---
~ Saltar al contenido
~ Portada
~ España
~ Internacional
~ Economía
~ Tecnología
~ Opinión
~ Suscríbete
~ Iniciar sesión
~ Tecnología
= Los asistentes de inteligencia artificial aprenden a decir «no lo sé»
Varios laboratorios entrenan ya a sus modelos para reconocer los límites de lo que saben, una mejora que los usuarios no siempre agradecen.
@ Por Lucía Ibáñez
~ Madrid - 21 feb 2024 - 07:45 CET
~ Compartir en Facebook
~ Compartir en X
~ Copiar enlace
~ Comentarios (3)
Durante años, el defecto más citado de los chatbots fue su tendencia a inventar. Preguntados por un dato que no conocían, respondían con la misma seguridad que cuando acertaban.
Ahora la investigación se centra en la calibración: que el modelo exprese tanta confianza como la que realmente tiene. Una investigadora de Barcelona lo resume así: ¿de qué sirve una respuesta rápida si no sabes cuándo fiarte de ella?
El problema es que la duda no siempre gusta. En las pruebas con usuarios, las respuestas que admiten incertidumbre reciben peores valoraciones, aunque sean más útiles a largo plazo.
Los expertos consultados coinciden en que el cambio exige medir otra cosa: no cuánto agrada una respuesta, sino cuántas veces quien la recibió tomó una buena decisión.
~ Archivado en:
~ Inteligencia artificial
~ Chatbots
~ Investigación
~ Comentarios
~ Normas de participación
@ [[cp1252:José Manuel R.]]
~ hace 3 horas
[[cp1252:Por fin. Prefiero mil veces un «no lo sé» a una respuesta inventada con buena ortografía.]]
~ Responder
@ [[cp1252:Begoña_74]]
~ hace 2 horas
[[cp1252:¿Y quién decide cuánta confianza es la correcta? Me parece que eso también es una opinión.]]
~ Responder
@ Txema
~ hace 1 hora
[[cp1252:Mi hijo le pregunta todo al móvil. Ojalá aprenda a dudar él también.]]
~ Responder
~ Lo más visto
~ Las claves del nuevo reglamento europeo de IA
~ © Diario de la Red S.L. Todos los derechos reservados
~ Aviso legal
~ Política de cookies
