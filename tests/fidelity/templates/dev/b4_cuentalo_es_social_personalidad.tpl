site: Cuéntalo (cuentalo.net)
kind: social-thread
archive_kind: social-thread
language: es
title: null
note: "agregador social tipo Menéame: entrada de microblog sin título, comentarios numerados con '#n', karma y votos como chrome; una línea duplicada por el scraper"
---
~ Cuéntalo
~ portada   nuevas   populares   nótame
~ entrar   registrarse
~ nótame: tecnología
@ aguacerodelsur
~ hace 5 h
He pasado una semana pidiéndole al asistente que me corrija el español de los correos del trabajo. Lo curioso no es que acierte, es que cuando le digo que me gusta una frase mía que está mal, me lo sigue diciendo con mucho tacto.
Prefiero eso mil veces a un asistente que me da la razón en todo.
~ 27 votos | karma: 140
~ 5 comentarios
~ #1
@ bicicletademadera
~ hace 4 h
A mí me pasa lo contrario con otro modelo: todo le parece estupendo. Le enseñé un poema horrible que escribí a los quince años y me dijo que tenía «una voz muy madura».
~ votos: 12, karma: 88
~ #2
@ aguacerodelsur
~ hace 4 h
| @bicicletademadera eso es justo lo que me preocupa, que les entrenen para que nos caigan bien en vez de para ser útiles.
~ votos: 7, karma: 51
~ #3
@ Lola_Tejedora
~ hace 3 h
Los que hacen estos modelos ya hablan de ello, lo llaman complacencia. Algunos publican cómo quieren que sea el carácter del asistente, y la sinceridad suele estar arriba de la lista.
+^
~ votos: 9, karma: 64
~ #4
@ panconaceite
~ hace 2 h
Yo solo quiero que me diga cuánto tiempo cocer los garbanzos sin soltarme un discurso.
~ votos: 21, karma: 130
~ ordenar por: fecha | votos
~ Cuéntalo usa cookies propias y de terceros. Más información | Aceptar
~ licencias | condiciones de uso | contacto
