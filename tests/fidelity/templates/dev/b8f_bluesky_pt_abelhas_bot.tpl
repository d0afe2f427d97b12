site: "Bluesky (bsky.app, pt)"
kind: bluesky-thread
archive_kind: social-thread
language: pt
note: "a Bluesky thread in Portuguese: the app's menu, each post's display name (metadata), handle and time, the post's counts and buttons, the translate link, the thread's reply prompt and the sign-in box; a reply that is an emoji with a word stays"
---
~ Pesquisar
~ Feeds
~ Entrar
~ Criar conta
~ Publicação
@ Apiário da Serra
@ @apiariodaserra.bsky.social
Demos ao assistente do nosso site a personalidade de uma apicultora antiga, paciente e um pouco rabugenta.
A primeira pergunta foi se as abelhas dormem. Respondeu que sim, e mais do que nós.
~ 3 de dezembro de 2026 às 09:14
~ Todos podem responder
~ 12 republicações
~ 4 citações
~ 87 curtidas
~ Responder
~ Republicar
~ Curtir
~ Traduzir
@ Marta Gomes
@ @martagomes.bsky.social
~ 3 dez
🐝 Gosto muito que seja rabugenta. Assistentes sempre alegres cansam.
~ 2
~ 9
@ Apiário da Serra
@ @apiariodaserra.bsky.social
~ 3 dez
Também achamos. Um carácter bem definido ajuda a manter as respostas coerentes de um dia para o outro.
~ 1
~ 4
~ Escreva sua resposta
~ Entre no Bluesky
~ Participe da conversa
~ Entrar
~ Criar conta
~ Privacidade
~ Termos
~ Ajuda
