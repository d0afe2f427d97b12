site: "Pregúntalo (preguntalo.example.es, Q&A)"
kind: qa-thread
archive_kind: forum-thread
language: es
title: "¿Cómo hago para que el asistente no cambie de tono a mitad de la conversación?"
note: "a Spanish Q&A page (Stack Exchange-like): the site's menu, the question title followed by the 'asked / active / viewed' line, the vote count, the question, the tags line under it, the asker's card (metadata), an answer with its votes and author, the comment links and the related-questions sidebar"
---
~ Pregúntalo
~ Preguntas   Etiquetas   Usuarios   Sin responder
= ¿Cómo hago para que el asistente no cambie de tono a mitad de la conversación?
~ Formulada hace 3 días   Modificada hace 2 días   Vista 214 veces
~ 7
Le pedí a mi asistente que hablara de forma cercana, y durante las primeras respuestas lo hace bien.
Pero después de unas diez preguntas vuelve a un tono muy formal, como si hubiera olvidado la instrucción.
~ asistentes   instrucciones   tono
~ Compartir   Mejorar esta pregunta   Seguir
@ preguntada por marta_g
~ 1 respuesta
~ 12
Suele pasar cuando la instrucción está solo al principio y la conversación se alarga.
Prueba a repetir el tono deseado en la configuración del sistema y no en el primer mensaje.
~ Compartir   Mejorar esta respuesta
@ respondida por dani.rx
~ Preguntas relacionadas
~ ¿Por qué mi asistente se disculpa tanto?
