site: "Fórum de ciclismo (XenForo, pt)"
kind: xenforo-thread
archive_kind: forum-thread
language: pt
title: "O assistente da loja de bicicletas fala como um treinador"
note: "a XenForo thread in Portuguese: the menu, crumbs and starter line, each post's author (metadata) with its title, message count, reaction score and location, the post's time and number, its buttons, the reactions line, a quote's expand link, the pager, share row and similar threads; a one-word reply stays"
---
~ Fóruns
~ Novas mensagens
~ Pesquisar fóruns
~ Entrar
~ Cadastre-se
~ Fóruns › Bicicletas › Manutenção
= O assistente da loja de bicicletas fala como um treinador
~ Tópico iniciado por pedal_lento
~ Data de início 5 Dez 2026
@ pedal_lento
~ Membro
~ Mensagens
~ 42
~ Pontuação de reação
~ 15
~ Localização
~ Braga
~ 5 Dez 2026
~ #1
Perguntei ao assistente da loja que óleo devia usar na corrente no inverno e ele respondeu "Força, campeão, tu consegues!".
Só queria o nome de um produto. Alguém sabe se dá para mudar a personalidade dele?
~ Responder
~ Reagir
~ Denunciar
@ Raio_Partido
~ Membro Sênior
~ Mensagens
~ 3.208
~ Pontuação de reação
~ 1.874
~ Localização
~ Porto
~ 5 Dez 2026
~ #2
@ pedal_lento disse:
> Só queria o nome de um produto.
~ Clique para expandir...
Escreve no início "respostas curtas, sem motivação" e ele acalma. A loja escolheu aquele tom para parecer simpática.
~ Responder
~ Reagir
~ Denunciar
~ Curtir: pedal_lento e Tânia_M
@ pedal_lento
~ Membro
~ Mensagens
~ 42
~ Pontuação de reação
~ 15
~ Localização
~ Braga
~ 5 Dez 2026
~ #3
Resultou!
~ Responder
~ Reagir
~ Denunciar
~ Você precisa entrar ou se cadastrar para responder aqui.
~ Compartilhar:
~ Facebook X Reddit WhatsApp E-mail Link
~ Tópicos semelhantes
~ Qual o melhor óleo para corrente no inverno?
