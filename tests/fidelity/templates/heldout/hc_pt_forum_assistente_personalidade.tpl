site: Brazilian hardware forum (Invision Community, Fórum do Bit-style)
kind: forum-thread
archive_kind: forum-thread
language: pt
note: Invision Community in Portuguese - navigation, breadcrumb, 'Seguir' and reply counters, each post's author as metadata with rank, post count and 'Postado ...' lines as chrome, 'Citar' and reactions ('Curtir 3'), the second post saved through a cp1252 decode of its UTF-8 bytes, one content line saved twice in a row by the scrape, a short 'ok' reply that must stay, 'Participe da conversa' prompt and the footer
---
~ Início Fóruns Atividade Pesquisar Entrar Cadastre-se
~ Fóruns > Software > Inteligência artificial
= Assistente mudou de personalidade depois da atualização?
~ Seguir 4
~ 6 respostas neste tópico
@ lucas.bh
~ Membro Júnior
~ 38 posts
~ Postado 29 de novembro
Desde a atualização de ontem o assistente ficou muito mais formal comigo.
Antes ele brincava e agora responde tudo em tópicos, parecendo um manual.
+^
Alguém sabe se dá para voltar ao jeito antigo?
~ Citar
@ fernanda_rs
~ Membro Pleno
~ 412 posts
~ Postado 29 de novembro
[[cp1252:Não dá para voltar à versão antiga, mas você pode pedir no começo da conversa: "fale comigo de forma descontraída, sem tópicos". Aqui funcionou na hora.]]
~ Citar
~ Curtir 3
@ lucas.bh
~ Membro Júnior
~ 38 posts
~ Postado 29 de novembro
ok
~ Citar
@ tio_do_pc
~ Moderador
~ 9.870 posts
~ Postado 30 de novembro
Marquei a resposta da Fernanda como solução. Se o problema voltar, abra outro tópico com prints.
~ Citar
~ Curtir 1
~ Participe da conversa
~ Você pode postar agora e se cadastrar depois.
~ Termos de uso | Política de privacidade | Powered by Invision Community
