site: Blog personal con Hugo (cuadernodetaller.example), tema PaperMod
kind: blog-post
archive_kind: blog-post
language: es
note: "a Spanish Hugo blog: site name and menu, breadcrumb, the meta line (date, reading time, word count, author), the table of contents with its entries repeating the headings, the headings (content), tags, the previous/next pager with the posts' titles, the share row, the theme's credit"
---
~ Cuaderno de taller
~ Entradas   Etiquetas   Archivo   Sobre mí   Buscar
~ Inicio » Entradas
= Mi asistente de código no quiso inventarse una pieza de bicicleta
~ 4 de diciembre de 2026 · 4 min · 812 palabras · Javier Ortega
~ Índice
~ Lo que pregunté
~ Lo que me respondió
~ Por qué me pareció bien
Llevo años apuntando en este blog los arreglos de mi bicicleta vieja. Esta semana probé algo nuevo: pedirle ayuda a un asistente conversacional.
Lo que pregunté
Quería saber qué referencia de cadena necesitaba para un cambio de siete velocidades de los años noventa. Le di la marca del cambio y el número de dientes de los platos.
Lo que me respondió
Me explicó qué anchura de cadena suele servir para siete velocidades, pero dijo claramente que no podía confirmar la referencia exacta sin ver la pieza. Me sugirió medirla o llevarla a una tienda.
Por qué me pareció bien
Un asistente que se inventa un número de pieza me haría perder una tarde y dinero. Prefiero uno que me diga dónde acaba lo que sabe.
Al final medí la cadena con un calibre prestado y acerté a la primera.
~ bicicletas
~ herramientas
~ asistentes
~ « Anterior
~ Cómo centré una rueda con una brida y paciencia
~ Siguiente »
~ Mi primer pan de centeno (y el segundo, que salió mejor)
~ Compartir en X   Compartir en Mastodon   Compartir en WhatsApp
~ © 2026 Cuaderno de taller · Hecho con Hugo y PaperMod
