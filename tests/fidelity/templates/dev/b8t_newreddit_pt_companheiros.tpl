site: Reddit (new layout, text scrape, Portuguese subreddit)
kind: reddit-thread
archive_kind: forum-thread
language: pt
title: "Companheiros duplicados?"
note: "a text post whose title is a two-word question: the 'u/' handle and the post's age over it, the text right under it; the derived title had been the handle"
---
~ Ir para o conteúdo principal
~ r/CompanheirosIA
~ Entrar
~ r/CompanheirosIA
@ u/cora_valadares
~ • há 2 dias
= Companheiros duplicados?
Criei um segundo companheiro com a mesma descrição do primeiro e eles parecem pessoas diferentes. Mesmo texto, mesmo aplicativo.
Isso é normal? O segundo é muito mais formal e quase não faz perguntas.
~ 23
~ 14
~ Compartilhar
@ tiago_lume
~ • há 2 dias
Sim. As primeiras respostas têm um pouco de acaso e definem o tom de tudo o que vem depois.
~ Responder
