site: Brazilian news portal (Diário Digital do Vale)
kind: news-article
archive_kind: article
language: pt
note: "the browser's title line 'Headline | Site' saved first, then the site's section and a kicker; the headline repeated on its own line below, which confirms it"
---
~ Por que o assistente do banco agora pede desculpas | Diário Digital do Vale
~ Economia
~ Atendimento ao cliente digital
= Por que o assistente do banco agora pede desculpas
Instituições revisaram o tom dos robôs de atendimento depois de reclamações de clientes
~ 11/03/2025 14h20
Os bancos dizem que as respostas antigas pareciam frias e, às vezes, irônicas sem querer. A nova versão reconhece o problema antes de explicar o que pode ser feito.
Especialistas lembram que um pedido de desculpas não resolve nada sozinho. O cliente quer saber quando o dinheiro volta, e isso precisa vir logo na primeira resposta.
~ Leia mais
