site: "Bluesky (bsky.app)"
kind: bluesky-thread
archive_kind: social-thread
language: pt
note: "Bluesky thread in Brazilian Portuguese, no title; counters and relative times are chrome; a one-word reply is content."
---
~ Bluesky
~ Entrar
~ Criar conta
~ Post
@ Renata Caju
@ @renatacaju.bsky.social
Passei a tarde testando três assistentes com a mesma pergunta sobre luto, e cada um respondeu com uma personalidade completamente diferente.
Um foi quase poético, outro parecia um folheto de plano de saúde, e o terceiro perguntou primeiro se eu queria conselhos ou só companhia.
Fiquei pensando que essa última pergunta é mais importante do que qualquer traço de caráter bem escrito.
~ 15 de março de 2025 às 16:42
~ 48 reposts
~ 9 citações
~ 312 curtidas
~ 22
~ 48
~ 312
@ Tiago Bertolini
@ @tiagob.bsky.social
~ 2h
Exato.
~ 1
~ 4
@ Luísa Ferraz
@ @luferraz.bsky.social
~ 2h
Isso é desenho de personagem de verdade: saber quando não performar. Já vi muita equipe gastar semanas no tom e esquecer de ensinar o modelo a escutar.
~ 3
~ 2
~ 27
@ Renata Caju
@ @renatacaju.bsky.social
~ 1h
@luferraz.bsky.social sim! E o mais curioso é que o modelo mais "poético" foi o que menos escutou.
~ 1
~ 11
~ Entrar para responder
~ Explorar
~ Feeds
~ Privacidade · Termos · Ajuda
