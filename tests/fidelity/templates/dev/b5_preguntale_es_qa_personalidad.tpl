site: Pregúntale (preguntale.example.es, Q&A)
kind: qa-question
archive_kind: forum-thread
language: es
---
~ Saltar al contenido principal
~ Pregúntale
~ Preguntas
~ Etiquetas
~ Usuarios
~ Iniciar sesión
~ Registrarse
= ¿Por qué el asistente cambia de tono cuando le escribo en español?
~ Formulada hace 5 días
~ Modificada hace 2 días
~ Vista 1k veces
~ 14
Uso el mismo asistente en inglés y en español. En inglés me parece cercano y con algo de humor; en español es mucho más formal, casi de ventanilla.
Por ejemplo, si le pido ayuda con una receta, en inglés me dice algo como "let's fix this" y en español "a continuación le indico los pasos".
¿Es algo que está configurado así a propósito o es un efecto del entrenamiento?
~ modelos-de-lenguaje
~ personalidad
~ idiomas
~ Compartir
~ Mejorar esta pregunta
~ Seguir
@ preguntada hace 5 días
@ Lucía Ferrán
~ 231
~ 3 respuestas
~ Ordenadas por:
~ Puntuación más alta (predeterminado)
~ 22
Es casi seguro un efecto de los datos. El documento que describe el carácter del modelo suele estar escrito en inglés, y el modelo aprende el tono deseado sobre todo con ejemplos en inglés.
En español gran parte del texto de entrenamiento es formal: prensa, documentación, administración. El modelo generaliza ese registro.
Un truco que funciona bastante bien es decirle al principio:
Tutéame y habla como hablarías con un compañero de trabajo.
A mí me cambia el tono durante toda la conversación.
~ Compartir
~ Mejorar esta respuesta
~ Seguir
@ respondida hace 5 días
@ Íñigo Salvatierra
~ 4.812
~ 2
~ 11
Gracias, lo probé y funciona. Aunque me sigue pareciendo raro que la "personalidad" dependa del idioma.
@ – Lucía Ferrán
~ hace 4 días
Es raro, pero pasa lo mismo con las personas bilingües. Mucha gente dice que es más seria en su segundo idioma.
@ – Íñigo Salvatierra
~ hace 4 días
~ Agregar un comentario
~ 5
También influye la instrucción de sistema de la aplicación que uses. Algunas aplicaciones en español añaden instrucciones como "usa un registro profesional" sin que el usuario lo sepa.
~ Compartir
~ Seguir
@ respondida hace 2 días
@ gatopardo
~ 612
~ Tu respuesta
~ Publicar tu respuesta
~ Al hacer clic en «Publicar tu respuesta», aceptas nuestros términos de servicio y reconoces que has leído nuestra política de privacidad.
~ Preguntas relacionadas
~ ¿Se puede desactivar el humor del asistente?
~ ¿Qué es un documento de carácter?
~ Pregúntale · Acerca de · Ayuda · Privacidad · Términos
