site: "Threads (threads.net, thread)"
kind: threads-thread
archive_kind: social-thread
language: pt
title: null
note: "a Threads conversation in Portuguese (Brazil): the app's header and login prompts, each post's username (metadata) and relative time, the like/reply/repost/share counts under every post in the same shape, the 'Traduzir' link, 'Ver atividade', the author badge, 'Mais respostas' and the footer; a one-word reply ('Exato') stays"
---
~ Threads
~ Entrar
~ Entrar com o Instagram
~ Thread
~ 1,2 mil visualizações
@ marina.cozinha
~ 2 d
Pedi ao assistente que revisasse minha receita de pão de queijo e ele respondeu com uma piada sobre polvilho antes de apontar o erro.
Não sei se gosto de um assistente com senso de humor ou se só quero a quantidade certa de ovos.
~ Traduzir
~ 214
~ 38
~ 11
~ 6
~ Ver atividade
@ tiago_rfx
~ 2 d
Eu gosto, desde que a piada venha depois da resposta e não no lugar dela.
~ Traduzir
~ 41
~ 3
~ 1
@ marina.cozinha
~ Autor
~ 2 d
Exato.
~ Traduzir
~ 12
~ 1
@ ju.lopes
~ 1 d
Humor é personalidade, e personalidade num assistente me deixa desconfiada. Prefiro que ele diga claramente quando não sabe.
~ Traduzir
~ 27
~ 5
~ 2
@ tiago_rfx
~ 1 d
Mas dizer que não sabe também é um traço de caráter, não?
~ Traduzir
~ 9
~ 1
~ Mais respostas
~ Faça login para ver mais respostas.
~ Entrar com o Instagram
~ Entrar com nome de usuário
~ © 2026
~ Termos do Threads
~ Política de Privacidade
~ Política de Cookies
~ Denunciar problema
