site: Spanish WordPress blog with breadcrumbs (La Alacena Digital)
kind: blog-post
archive_kind: blog-post
language: es
note: "the blog's name in capitals and a menu, a breadcrumb with slashes that ends with a shortened title, the category as 'Categoría:' and the date and reading time under the headline"
---
~ LA ALACENA DIGITAL
~ Inicio
~ Recetas
~ Tecnología en la cocina
~ Sobre mí
~ Inicio / Blog / Le pedí a un asistente…
~ Categoría: Tecnología en la cocina
= Le pedí a un asistente de IA que me enseñara a hacer migas y acabó regañándome
~ 4 de febrero de 2025
~ Lectura de 5 minutos
Llevo años haciendo migas como las hacía mi abuela, a ojo y sin receta. Esta vez quise ver qué opinaba un asistente de inteligencia artificial.
Lo primero que hizo fue preguntarme cuántos días tenía el pan. Cuando le dije que era de ayer, me contestó con mucha educación que así no iban a salir bien.
Tenía razón, claro. El pan de dos o tres días absorbe el agua sin deshacerse, y eso lo sabe cualquiera que haya pasado por una cocina de pueblo.
Lo curioso fue el tono: amable, pero firme, como un profesor que no quiere herirte pero tampoco piensa dejarte pasar una.
~ Etiquetas: migas, IA, cocina tradicional
~ Compartir en:
~ Facebook
~ WhatsApp
~ Entradas relacionadas
~ Cómo guardo las especias en verano
~ Deja un comentario
