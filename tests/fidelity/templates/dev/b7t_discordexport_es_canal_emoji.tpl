site: Discord channel export (DiscordChatExporter, plain text)
kind: chat-export
archive_kind: forum-thread
language: es
title: "🤖︱personalidad-del-bot"
note: "a plain-text export whose channel has an emoji and a separator in its name and no topic line; the export's date range under the channel; messages as '[date time] name', an attachment line and a reaction block"
---
~ ==============================================================
~ Guild: Taller de Asistentes
@ Channel: Texto / 🤖︱personalidad-del-bot
~ After: 01-Mar-26 12:00 AM
~ ==============================================================
~ [02-Mar-26 08:14 PM] lucia.r
¿Alguien más ha notado que el bot responde más seco desde la actualización del jueves?
~ [02-Mar-26 08:16 PM] tomasg
Sí. Antes saludaba por el nombre y ahora va directo a la respuesta. A mí me gusta más así, la verdad.
~ [02-Mar-26 08:21 PM] lucia.r
A mí no. Parece otro bot. Les dejo una captura de la misma pregunta antes y después.
~ {Attachments}
~ https://cdn.discordapp.example/attachments/1/2/antes_despues.png
~ [02-Mar-26 08:30 PM] maite
Lo cambiaron a propósito: el registro de cambios dice que redujeron los saludos largos porque muchos usuarios se quejaban.
~ {Reactions}
~ 👍 (4)
~ ==============================================================
~ Exported 4 message(s)
~ ==============================================================
