site: "Mastodon (mastodon.ejemplo.es)"
kind: mastodon-thread
archive_kind: social-thread
language: es
note: "a Mastodon thread in Spanish: the instance's header, each post's display name and handle (metadata), its time and the counts under it, the boost notice, the edited mark and the sidebar and footer of the instance; a reply that is an emoji with words stays"
---
~ Mastodon
~ Crear cuenta
~ Iniciar sesión
~ Volver
@ Colmena Urbana
@ @colmena@mastodon.ejemplo.es
~ 3 dic 2026, 09:14
Hemos puesto un asistente en la web del colmenar para responder dudas. Le dimos el carácter de una apicultora mayor, paciente y un poco gruñona.
La primera pregunta fue si las abejas duermen. Contestó que sí, y que más que tú.
~ Editado 3 dic 2026, 09:20
~ 14
~ 52
~ 97
~ Responder
~ Impulsar
~ Favorito
~ Marcador
@ Lucía Romero
@ @lucia_r@social.ejemplo.net
~ 3 dic 2026, 09:40
🐝 Me encanta que sea gruñona. Los asistentes demasiado alegres me cansan.
~ 2
~ 5
@ Colmena Urbana
@ @colmena@mastodon.ejemplo.es
~ 3 dic 2026, 10:02
Eso pensamos. Un carácter definido ayuda a que las respuestas sean coherentes de un día a otro.
~ 1
~ 3
~ mastodon.ejemplo.es es uno de los muchos servidores independientes de Mastodon que puedes usar para participar en el fediverso.
~ Acerca de
~ Estado
~ Perfiles
~ Política de privacidad
~ Obtener la aplicación
~ Atajos de teclado
~ Ver código fuente
~ v4.3.2
