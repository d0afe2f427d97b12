site: "vBulletin forum (forum.example.com.br)"
kind: vbulletin-thread
archive_kind: forum-thread
language: pt
title: "IA que compõe comigo: parceira ou ferramenta?"
note: "vBulletin layout; \"Tópico: …\" is the title line; user info blocks and the \"Última edição por\" notice are chrome; one reply quotes with \">\" and a sentence is scraped twice."
---
~ Fórum Example Brasil
~ Fórum Novas postagens Pesquisar Ajuda
~ Usuário Senha Lembrar? Entrar
~ Fórum Example > Música > Composição e Produção
~ Resultados 1 a 4 de 4
= Tópico: IA que compõe comigo: parceira ou ferramenta?
~ Ferramentas do Tópico Exibir
~ #1
@ violão_do_sul
~ Membro
~ Data de Ingresso: Mar 2014
~ Posts: 1.912
~ 02-03-2026, 21:15
Comecei a usar um assistente para testar progressões de acordes. Ele sugere, eu toco, e às vezes ele diz que a minha ideia original era melhor.
Fiquei pensando: isso é uma parceria ou só uma ferramenta bem feita?
~ Responder com Citação
~ #2
@ baterista_rj
~ Membro Sênior
~ Posts: 4.077
~ 02-03-2026, 22:40
| > às vezes ele diz que a minha ideia original era melhor
Isso é o que me faz confiar nele. Um colaborador que só elogia não ajuda ninguém.
Para mim é ferramenta, mas uma ferramenta com um jeito próprio de falar.
+ Para mim é ferramenta, mas uma ferramenta com um jeito próprio de falar.
~ Responder com Citação
~ #3
@ maestrina
~ 03-03-2026, 08:05
Li que alguns pesquisadores já discutem se esses modelos poderiam ter algo como preferências. Não sei o que pensar, mas trato o meu com educação.
~ Última edição por maestrina; 03-03-2026 às 08:11.
~ Responder com Citação
~ #4
@ violão_do_sul
~ 03-03-2026, 10:30
Obrigado pelas respostas, vou continuar compondo com ele e conto depois como ficou.
~ « Tópico Anterior | Próximo Tópico »
~ Todos os horários são GMT -3. Agora são 11:02.
~ Powered by vBulletin® Copyright © 2026 vBulletin Solutions Inc. All rights reserved.
