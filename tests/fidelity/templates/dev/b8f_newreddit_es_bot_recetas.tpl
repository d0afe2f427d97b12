site: "Reddit (www.reddit.com, es)"
kind: reddit-thread
archive_kind: forum-thread
language: es
title: "El bot de recetas de mi súper tiene más personalidad que mi cuñado"
note: "a new-Reddit thread in Spanish: the header, the subreddit and the poster's line (metadata), the flair, the post's counters and buttons, the comment box and sort, each comment's author (metadata), its OP mark, time and vote row, and the community sidebar (description, creation date, member and online labels over their counts, rules, moderators) after the thread"
---
~ Ir al contenido principal
~ Abrir el menú
~ Iniciar sesión
~ Obtener la app
@ r/PanCasero • hace 7 h
@ masamadre_ana
= El bot de recetas de mi súper tiene más personalidad que mi cuñado
~ Discusión
Le pedí una receta de pan de centeno al asistente del supermercado y me contestó con chistes sobre levadura durante tres párrafos.
Al final la receta era buena, pero ¿alguien sabe si eso lo decide la tienda o el modelo?
~ 128
~ 34
~ Compartir
~ Únete a la conversación
~ Ordenar por:
~ Mejores
@ horno_de_lena
~ • hace 6 h
Lo decide la tienda. Le ponen un carácter en las instrucciones para que suene cercano.
~ 41
~ Responder
~ Compartir
@ masamadre_ana
~ OP
~ • hace 6 h
Pues se pasaron de cercano.
~ 17
~ Responder
~ Compartir
~ r/PanCasero
~ Todo sobre hacer pan en casa: masas madre, harinas y hornos.
~ Creado el 14 mar 2013
~ Público
~ 214 mil
~ Miembros
~ 312
~ En línea
~ Reglas de r/PanCasero
~ 1. Sé amable
~ 2. Comparte la receta completa
~ Moderadores
~ Enviar mensaje a los moderadores
~ Política de contenido de Reddit
~ Política de privacidad
~ Reddit, Inc. © 2026. Todos los derechos reservados.
