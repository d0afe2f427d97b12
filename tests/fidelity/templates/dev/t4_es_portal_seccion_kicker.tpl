site: Spanish business portal (Portal de Negocios del Sur)
kind: news-article
archive_kind: article
language: es
note: "the browser's title line 'Sección - País', a login row, the portal's tagline, the section name in mixed case and a kicker of two words over the headline; the deck under it has no final full stop"
---
~ Tecnología - Chile
~ Registro  /  Ingresar
~ Portal de Negocios del Sur
~ Tecnología
~ Asistentes digitales en la banca y los seguros
= Las aseguradoras quieren que su chatbot hable menos como un contrato
Tres compañías del sector revisan el tono de sus asistentes tras una encuesta a clientes
@ Por Camila Errázuriz
~ 12 de marzo de 2025
La encuesta, encargada por la asociación del sector, preguntó a dos mil clientes qué les molestaba de los asistentes automáticos. La respuesta más repetida fue que hablaban como una póliza.
Las compañías dicen que no quieren un asistente simpático, sino uno claro. Prefieren frases cortas, ejemplos concretos y una salida fácil hacia una persona cuando el caso se complica.
Un responsable de una de ellas explicó que el nuevo tono se prueba primero con reclamos sencillos, como cambios de dirección o duplicados de facturas.
~ Noticia relacionada
~ Compartir
