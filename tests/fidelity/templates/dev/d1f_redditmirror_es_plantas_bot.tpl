site: "Espejo de Reddit (estilo Redlib, es)"
kind: reddit-thread
archive_kind: forum-thread
language: es
title: "El bot de riego me pide perdón cada vez que llueve"
note: "a Redlib-like mirror of a Spanish subreddit: the mirror's header and settings link, the subreddit line and the poster with the time (metadata), the flair, the score and comment count, the sort menu, each comment's author (metadata) with its score and age, the 'editado' mark, the collapse marks and the mirror's footer; a comment that is a short sentence like 'Gracias, funcionó.' stays"
---
~ Redlib
~ Preferencias
~ r/jardineria
~ Suscribirse
@ r/jardineria • u/balcon_verde • hace 11 h
= El bot de riego me pide perdón cada vez que llueve
~ Pregunta
Tengo un sistema de riego con un asistente que manda mensajes. Cuando llueve y él ya había regado, me escribe un párrafo de disculpas.
No me molesta el agua de más, me molesta el párrafo.
~ 64 Upvotes
~ 19 comentarios
~ Ordenar por: Mejores Nuevos Controvertidos Antiguos
~ [-]
@ maceta_rota
~ 41 puntos · hace 10 h
Busca en la configuración la opción de avisos. Si la pones en “solo errores”, deja de disculparse por la lluvia.
~ [-]
@ balcon_verde
~ 12 puntos · hace 9 h
~ editado
Gracias, funcionó.
~ [+]
@ maceta_rota · 3 puntos · hace 9 h
@ helecho_feliz
~ 18 puntos · hace 8 h
El mío hace lo mismo con las heladas. Me parece tierno, la verdad, aunque entiendo que canse.
~ Ver en Reddit
~ Redlib no está afiliado con Reddit.
~ Código fuente
