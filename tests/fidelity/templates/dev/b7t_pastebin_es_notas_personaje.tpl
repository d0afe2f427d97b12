site: Pastebin
kind: code-share
archive_kind: other
language: es
title: "notas: prompt de personaje v3 (tono tranquilo)"
note: "a paste in the current layout: the site's menu, the guest banner, the paste's title in lowercase with a colon, the author, the date, views, expiry and the syntax row on lines of their own; the raw-download row, the public-pastes list and the comment prompt are chrome"
---
~ Pastebin
~ API   tools   faq
~ paste
~ Login   Sign up
~ Not a member of Pastebin yet? Sign Up, it unlocks many cool features!
= notas: prompt de personaje v3 (tono tranquilo)
@ GUEST_ROBLEDO
~ MAR 5TH, 2026
~ 287
~ 0
~ NEVER
~ Add comment
~ Not a member of Pastebin yet? Sign Up, it unlocks many cool features!
~ text 1.04 KB | Writing | 0 0
~ raw download clone embed print report
objetivo: que el asistente hable con calma y sin exclamaciones, también cuando el usuario está enfadado.
cambios respecto a la v2: quité la frase "siempre positivo" porque lo volvía empalagoso; añadí "di que no sabes cuando no sabes".
prueba: 20 conversaciones de quejas de clientes. en 17 mantuvo el tono; en 3 volvió a pedir perdón demasiadas veces.
pendiente: probar con conversaciones más largas, de más de 40 turnos.
~ Advertisement
~ Add Comment
~ Please, Sign In to add comment
~ Public Pastes
~ Untitled
~ Lua | 2 min ago | 0.21 KB
~ docker compose notes
~ YAML | 6 min ago | 0.88 KB
