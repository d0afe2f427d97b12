site: "Foro de ciclismo (Invision Community, es)"
kind: forum-thread
archive_kind: forum-thread
language: es
title: "La IA del taller me corrige la postura con muy poca paciencia"
note: "an Invision Community thread in Spanish: the menu and crumbs, the thread's starter and follow buttons, each post's author (metadata) and its card (rank, message count, reputation with its label), the post's 'Publicado hace …' line with its edited mark, the post's tools one a line (Compartir, Citar, Reportar, Marcar), the reactions line, the signature under two posts, the pager and the footer; a reply that is a date in a sentence stays"
---
~ Ir al contenido
~ Foros
~ Actividad
~ Iniciar sesión
~ Foros › Mecánica y ajustes › Ajuste de bicicleta
= La IA del taller me corrige la postura con muy poca paciencia
~ Seguidores 2
~ Por sillin_alto, 3 de diciembre
@ sillin_alto
~ Miembro
~ 212 mensajes
~ Reputación
~ 18
~ Publicado hace 6 horas
El taller donde hago el ajuste de la bici tiene un asistente con IA que revisa las fotos de la postura. Tiene muy poca paciencia: me dijo tres veces «rodilla, otra vez».
¿Alguien sabe si se le puede pedir un tono más amable?
~ Compartir
~ Citar
~ Reportar
~ Marcar
~ Rodando despacio desde 2011
@ cadencia90
~ Colaborador
~ 3.418 mensajes
~ Reputación
~ 402
~ Publicado hace 5 horas (editado)
Es un ajuste del taller. Suelen darle un carácter de entrenador exigente porque así la gente corrige antes.
Pídele en el primer mensaje que te explique cada corrección con una frase completa. Lo hará el 3 de diciembre y cualquier otro día.
~ Compartir
~ Citar
~ Reportar
~ Marcar
~ Me gusta 2
@ sillin_alto
~ Miembro
~ 212 mensajes
~ Reputación
~ 18
~ Publicado hace 4 horas
Probado. Ahora dice «la rodilla se abre un poco, intenta acercarla al cuadro». Mucho mejor.
~ Compartir
~ Citar
~ Reportar
~ Marcar
~ Rodando despacio desde 2011
~ Página 1 de 1
~ Responder a este tema
~ Volver a Ajuste de bicicleta
~ Powered by Invision Community
