site: Spanish national newspaper (Diario del Ebro-style, diarioebro.es)
kind: news-article
archive_kind: article
language: es
note: section menu, kicker, deck (content), byline with city, date and reading time, share row, 'Publicidad' ad markers inside the body, newsletter box, related list; the readers' comments were stored through a cp1252 decode of their UTF-8 bytes
---
~ Saltar al contenido
~ Suscríbete
~ Iniciar sesión
~ España
~ Internacional
~ Economía
~ Tecnología
~ Cultura
~ Deportes
~ Opinión
~ Tecnología
~ INTELIGENCIA ARTIFICIAL
= Los asistentes de voz tendrán que avisar de que no son personas
La propuesta obliga a las empresas a identificar sus sistemas conversacionales en la primera frase de cada llamada, aunque el asistente tenga nombre y voz propios.
@ Lucía Arrieta Montes
~ Zaragoza - 14 may 2025 - 07:30 CEST
~ 4 min
~ Compartir en Facebook
~ Compartir en X
~ Compartir en WhatsApp
~ Copiar enlace
~ Comentarios
Las llamadas comerciales hechas por programas informáticos deberán empezar con una frase que deje claro que al otro lado no hay una persona. Así lo recoge el borrador que el ministerio presentó el martes a las asociaciones de consumidores.
El texto va más allá de las llamadas. También afecta a los chats de atención al cliente y a los asistentes que responden en las aplicaciones de los bancos, muchos de los cuales ya tienen nombres de pila y una personalidad cuidadosamente diseñada.
~ Publicidad
"Cuanto más humano suena un asistente, más importante es que el usuario sepa con qué está hablando", explicó una portavoz del ministerio. Las empresas podrán mantener el nombre y el tono de sus asistentes, pero no podrán negar que son programas si el usuario lo pregunta.
Las asociaciones del sector tecnológico consideran la medida razonable, aunque piden un plazo de adaptación de al menos un año. Algunas compañías temen que el aviso obligatorio reduzca la confianza de los clientes mayores.
Los consumidores, en cambio, reclaman que la norma incluya sanciones. Según una encuesta citada en el borrador, siete de cada diez personas no distinguen a un asistente automático de un operador humano en los primeros segundos de una llamada.
~ Publicidad
~ Recibe cada mañana las claves de la tecnología
~ Apúntate a nuestra newsletter
~ Archivado en
~ Inteligencia artificial
~ Consumo
~ Telecomunicaciones
~ Comentarios (3)
~ Normas
@ pilar_g
~ hace 5 horas
[[cp1252:Mi madre habló veinte minutos con uno pensando que era una chica muy educada. Me parece bien que avisen.]]
~ Responder
~ 12
@ Joaquín R.
~ hace 3 horas
[[cp1252:¿Y quién va a comprobar que lo cumplen? Sin inspección, esto se queda en papel.]]
~ Responder
~ 4
@ marta.olmo
~ hace 1 hora
[[cp1252:Lo que me preocupa no es la voz, sino que el asistente insista en venderte algo cuando ya has dicho que no.]]
~ Responder
~ 2
~ Más información
~ Un banco retira su asistente virtual tras las quejas de los clientes
~ ¿Tiene personalidad una máquina? Los expertos responden
~ Aviso legal
~ Política de cookies
~ Configuración de privacidad
~ © Diario del Ebro S.L.
