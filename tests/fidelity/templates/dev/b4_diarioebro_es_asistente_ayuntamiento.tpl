site: Diario del Ebro (diariodelebro.es)
kind: local-news
archive_kind: article
language: es
note: "periódico regional: fila de tiempo y acceso sobre la cabecera, antetítulo (chrome de sección) y subtítulo (contenido); la sección de comentarios re-codificada en cp1252"
---
~ Zaragoza 9 °C | Jueves, 3 de diciembre de 2026
~ Iniciar sesión | Suscríbete
~ Diario del Ebro
~ El periódico de la Ribera desde 1923
~ Portada
~ Zaragoza
~ Provincia
~ Aragón
~ Deportes
~ Opinión
~ Servicios
~ Esquelas
~ Provincia > Tarazona
~ AYUNTAMIENTOS
= El asistente virtual de Tarazona aprende a decir «no lo sé»
El consistorio ajusta el carácter de su chatbot municipal después de que diera fechas equivocadas para la recogida de poda
@ Lucía Sanjuán
~ Tarazona | 03·12·26 | 07:45
~ Actualizada a las 10:12
~ Comentar
~ Compartir en Facebook   Compartir en X   Compartir en WhatsApp
El Ayuntamiento de Tarazona ha modificado el comportamiento de Rufina, el asistente virtual que atiende desde junio las consultas de los vecinos en la web municipal, para que reconozca cuándo no tiene la información en lugar de inventarla.
La decisión llega después de que varios vecinos de la calle Visconti sacaran los restos de poda un martes, como les había indicado el chatbot, cuando la recogida correspondía al jueves.
«Preferimos un asistente que diga "no lo sé, llame al 976 000 000" a uno muy simpático que se equivoca», explicó la concejala de Participación, Begoña Lahoz.
Según el técnico municipal que supervisa el servicio, el cambio no ha hecho a Rufina menos amable. «Sigue saludando y sigue siendo paciente con las personas mayores, pero ahora cita siempre la fuente del calendario», señaló.
El asistente recibe una media de 140 consultas diarias, sobre todo acerca de empadronamiento, horarios de la piscina climatizada y citas para el punto limpio.
~ Publicidad
~ Te puede interesar
~ La Ribera celebra su primera feria del pan de masa madre
~ El Moncayo, cerrado al tráfico por nieve este fin de semana
~ Comentarios (3)
~ Normas de participación
@ [[cp1252:Pilar_de_Calcena]]
~ 03.12.2026 | 09:02
[[cp1252:Yo saqué la poda el martes por culpa del dichoso robot. Al menos ahora admite cuándo no sabe algo, que ya es más de lo que hacen muchos.]]
~ Responder | Denunciar
@ [[cp1252:jmgarcía_taz]]
~ 03.12.2026 | 09:31
[[cp1252:Me parece bien que le hayan quitado lo de inventarse las cosas. La simpatía está bien, pero la información tiene que ser correcta.]]
~ Responder | Denunciar
@ [[cp1252:Maruja]]
~ 03.12.2026 | 10:50
[[cp1252:¿Y por qué se llama Rufina? Mi abuela se llamaba así y no sé si me hace gracia o me da pena.]]
~ Responder | Denunciar
~ Añadir comentario
~ Quiénes somos | Aviso legal | Política de privacidad | Política de cookies | Contacto
~ © Ediciones del Ebro S.L. Todos los derechos reservados.
