site: "Fórum de apicultura (NodeBB, pt)"
kind: forum-thread
archive_kind: forum-thread
language: pt
title: "O assistente do apiário responde como se eu fosse um técnico"
note: "a NodeBB topic in Portuguese: the sidebar menu one item a line, the crumbs, the topic's counters (Publicações, Visualizações, Seguidores), each post's author (metadata) with its group badge and 'escreveu em … editado' line, the quote header ('… disse em …:') as metadata and the quoted text as content, the vote and reply row, the pager ('1 / 5') and the 'Faça login para responder' notice"
---
~ Entrar
~ Registrar
~ Pesquisar
~ Categorias
~ Recentes
~ Tags
~ Popular
~ Usuários
~ Grupos
~ Início › Equipamento e tecnologia › O assistente do apiário
= O assistente do apiário responde como se eu fosse um técnico
~ 5 Publicações
~ 3 Posters
~ 214 Visualizações
~ 2 Seguidores
@ favo_de_mel
~ escreveu em 2 de dez. de 2026, 09:14 última edição por favo_de_mel
Comprei uma balança para a colmeia que vem com um assistente de conversa. Pergunto se as abelhas têm comida suficiente e ele responde com gráficos e siglas.
Há alguma forma de pedir respostas mais simples?
~ 0
~ Responder
~ Citar
@ rainha_velha
~ Apicultores
~ escreveu em 2 de dez. de 2026, 10:02
Nas definições há um campo chamado “nível de experiência”. Eu pus “principiante” e ele passou a explicar o que é cada número.
~ 3
~ Responder
~ Citar
@ favo_de_mel
~ escreveu em 2 de dez. de 2026, 11:40
@ rainha_velha disse em O assistente do apiário responde como se eu fosse um técnico:
| > Eu pus “principiante” e ele passou a explicar o que é cada número.
Funcionou. Agora diz apenas que a colmeia ganhou peso e que não preciso de alimentar.
~ 1
~ Responder
~ Citar
@ zangao_curioso
~ escreveu em 3 de dez. de 2026, 08:05
Boa dica. Vou fazer o mesmo antes do inverno.
~ 0
~ Responder
~ Citar
~ 1 / 4
~ Faça login para responder
~ Powered by NodeBB
