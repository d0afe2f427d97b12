site: "Documentation site (docs.tertulia.example.es)"
kind: docs-page
archive_kind: article
language: es
title: "Definir la personalidad del asistente"
note: "docs page: a version picker, nav labels and a sidebar before the title; headings between paragraphs stay; footer with edit link and a language list."
---
~ Saltar al contenido
~ Tertulia Docs
~ v2.4
~ Buscar en la documentación
~ Guías
~ Referencia
~ API
~ Comunidad
~ GitHub
~ Inicio › Guías › Personalidad
= Definir la personalidad del asistente
Esta guía explica cómo describir el carácter de un asistente en Tertulia y cómo comprobar que se mantiene estable entre conversaciones.
Antes de empezar
Necesitas un proyecto creado y una clave de acceso. Si todavía no los tienes, sigue primero la guía de instalación.
El archivo de carácter
El carácter se describe en un archivo de texto con tres secciones: valores, tono y límites. Cada sección admite frases cortas en lenguaje natural.
Los valores dicen qué importa al asistente. El tono dice cómo habla. Los límites dicen qué no hará aunque se lo pidan.
Comprobar la estabilidad
Ejecuta la batería de pruebas incluida. Cada prueba hace la misma pregunta con distintos disfraces y compara las respuestas.
Si el tono cambia mucho entre pruebas, revisa que los valores no se contradigan entre sí.
~ Editar esta página
~ ¿Te ha sido útil esta página?
~ Sí
~ No
~ Anterior
~ Instalación
~ Siguiente
~ Memoria de conversación
~ Español
~ English
~ Català
~ © 2026 Proyecto Tertulia. Licencia CC BY 4.0.
