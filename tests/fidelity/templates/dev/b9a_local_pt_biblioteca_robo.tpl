site: Portal de notícias regional (www.diariodovale.example), editoria Cidades
kind: local-news
archive_kind: article
language: pt
note: "a Brazilian regional news portal: the section and city kicker, the publication and update line, the WhatsApp channel invitation, the share row, the 'Leia também' box inside the text, the tags, the most-read list with its ranks"
---
~ Diário do Vale
~ Assine   Entrar
~ Cidades
~ Cidades
= Biblioteca municipal estreia assistente virtual que admite quando não sabe
Programa responde dúvidas sobre empréstimos e horários; equipe diz que a franqueza foi prioridade
@ Por Renata Alves
~ 04/12/2026 10h12 Atualizado há 3 horas
~ Compartilhe
~ Receba as notícias do Diário do Vale no WhatsApp
A Biblioteca Municipal passou a usar um assistente virtual para tirar dúvidas dos leitores pelo site. O sistema informa horários, prazos de devolução e a disponibilidade dos livros.
Segundo a coordenadora Lúcia Martins, o assistente foi configurado para dizer claramente quando não tem uma informação. Nesses casos, ele indica o telefone do balcão de atendimento.
~ Leia também
~ Feira do livro usado volta à praça central no sábado
~ Ciclovia da avenida Brasil ganha novo trecho
“Preferimos uma resposta honesta a uma resposta rápida”, disse Lúcia. Nas primeiras duas semanas, o programa atendeu cerca de 900 perguntas.
A prefeitura avalia levar o serviço para outras bibliotecas de bairro no próximo ano.
~ Tags: biblioteca, tecnologia, inteligência artificial
~ Mais lidas
~ 1. Chuva forte deixa ruas alagadas no centro
~ 2. Campanha de vacinação é prorrogada até sexta
~ 3. Padaria tradicional completa 60 anos
~ © 2026 Diário do Vale. Todos os direitos reservados.
