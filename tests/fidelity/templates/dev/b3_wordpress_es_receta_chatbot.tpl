site: "La Cocina de Marisol (WordPress)"
kind: wordpress-post
archive_kind: blog-post
language: es
note: "WordPress recipe blog: tagline above the title, recipe card lines (key: value) are content, comment furniture repeated, 'Responder' links"
---
~ La Cocina de Marisol
~ Recetas caseras, sin prisa y con cariño
~ Inicio Recetas Postres Sobre mí Contacto
= Le pedí a una IA que fuera mi abuela para hacer croquetas
@ Publicado por Marisol
~ 5 marzo, 2026
~ 12 comentarios
Esta semana hice un experimento raro: le pedí a un asistente de inteligencia artificial que hablara como mi abuela Remedios mientras cocinábamos juntas.
Le conté cómo era ella: de Jaén, impaciente con la bechamel, generosa con el jamón y muy poco amiga de las medidas exactas.
Lo curioso es que el asistente se negó a inventarse recuerdos. Me dijo que podía hablar «al estilo de» mi abuela, pero que no iba a fingir que la había conocido.
Al principio me molestó un poco. Luego pensé que tenía razón, y que así la conversación era más honesta.
Ingredientes
Leche entera: 1 litro
Harina: 90 g
Mantequilla: 60 g
Jamón serrano picado: 150 g
Nuez moscada: una pizca
La bechamel tiene que cocinarse por lo menos veinte minutos, removiendo sin parar. Eso lo decía mi abuela y lo repitió la IA con el mismo tono de regañina.
Nota: dejad reposar la masa toda la noche en la nevera, tapada con film.
~ Compartir esto:
~ Facebook WhatsApp Pinterest
~ Me gusta Cargando...
~ Relacionado
~ 12 comentarios
@ Luisa G.
~ 5 marzo, 2026 a las 19:22
Qué bonito. Mi abuela también decía «a ojo» para todo.
~ Responder
@ Marisol
~ 5 marzo, 2026 a las 20:05
¡Las abuelas y el «a ojo»! Ya me contarás si las haces.
~ Responder
@ Andrés
~ 6 marzo, 2026 a las 08:41
👏👏
~ Responder
~ Deja una respuesta
~ Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
~ Blog de WordPress.com.
