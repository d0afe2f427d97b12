site: "Lemmy (lemmy.exemplo.pt)"
kind: lemmy-thread
archive_kind: forum-thread
language: pt
title: "O assistente da padaria do bairro ganhou personalidade"
note: "a Lemmy thread in Portuguese: the instance menu, the post's byline (metadata) and its votes under it, the post's buttons, the sort row, each comment's handle (metadata), time, votes and buttons, and the community sidebar after the thread; a comment that is a number stays"
---
~ lemmy.exemplo.pt
~ Comunidades
~ Criar publicação
~ Criar comunidade
~ Apoiar o Lemmy
~ Pesquisar
~ Entrar
~ Registar
= O assistente da padaria do bairro ganhou personalidade
@ publicado há 6 horas por miolo_mole@lemmy.exemplo.pt em tecnologia@lemmy.exemplo.pt
~ 87
~ 3
A padaria da esquina pôs um assistente no balcão digital. Responde com trocadilhos sobre massa e fermento.
A minha vizinha acha encantador; eu só queria saber se há broa de milho ao sábado.
~ 24 comentários
~ Partilhar
~ Denunciar
~ ordenar por: popular
~ melhor
~ novo
~ antigo
@ caju_azul@feddit.exemplo
~ há 5 horas
Os trocadilhos são o preço a pagar. Pelo menos respondeu à pergunta?
~ 19
~ 0
~ responder
@ miolo_mole@lemmy.exemplo.pt
~ há 5 horas
Respondeu, depois de dois trocadilhos. Broa só ao domingo.
~ 11
~ 1
~ responder
@ tremoco@lemmy.exemplo.zone
~ há 4 horas
42
~ 6
~ 0
~ responder
~ tecnologia
~ !tecnologia@lemmy.exemplo.pt
~ Subscrever
~ 12K
~ Subscritores
~ 1,4K
~ Publicações
~ Moderadores
~ Registo de moderação
~ Lemmy 0.19.5
~ Documentação
~ Código
~ Doar
