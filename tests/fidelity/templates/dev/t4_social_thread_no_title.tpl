site: Mastodon mirror (social.example)
kind: social-thread
archive_kind: social-thread
language: en
title: null
note: "a social thread: no title; the first line is the author's name and handle"
---
@ Wren Abara @wren@social.example
Small test today: I asked the same assistant to describe its own personality ten times in a row. It gave ten different answers, all of them pleasant.
~ 3h
@ Ilse Voort @ilse@social.example
Did any of the answers contradict each other, or were they just worded differently?
~ 2h
@ Wren Abara @wren@social.example
Mostly worded differently. Once it called itself playful and later serious, which made me laugh.
~ 1h
