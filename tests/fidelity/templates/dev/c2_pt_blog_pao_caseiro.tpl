site: Portuguese WordPress blog (cadernodepao.wordpress.com)
kind: blog-post
archive_kind: blog-post
language: pt
note: Brazilian Portuguese WordPress furniture — skip link, menu items, "Compartilhe isso:" with the platforms, "Curtir isso:", "Relacionado", comment form and footer; a comment is partly mojibake
---
~ Pular para o conteúdo
~ Caderno de Pão
~ Início
~ Sobre
~ Receitas
~ Contato
= Perguntei a um assistente virtual por que meu pão não cresce
~ Publicado em 3 de abril de 2025
@ por Renata Alves
Fiz o mesmo pão três sábados seguidos e ele saiu baixo todas as vezes. Desta vez, antes de desistir, descrevi tudo para um assistente virtual: farinha, água, temperatura da cozinha.
A resposta foi paciente e, o que me surpreendeu, ele perguntou antes de sugerir. Quis saber há quanto tempo eu alimentava o fermento natural.
Descobri que o problema era a cozinha fria. Mudei a massa para perto do forno e o pão dobrou de tamanho.
Não sei se um programa pode ter paciência, mas este fingiu muito bem.
~ Compartilhe isso:
~ Facebook
~ WhatsApp
~ E-mail
~ Curtir isso:
~ Curtir
~ Carregando...
~ Relacionado
~ Pão de fermentação natural para iniciantes
~ Categorias: Receitas
~ 2 comentários
@ Joana
~ 4 de abril de 2025 às 10:12
[[cp1252:Também tive esse problema no inverno. Obrigada por compartilhar!]]
~ Responder
@ Paulo M.
~ 5 de abril de 2025 às 18:40
Curtir o processo é metade da receita, dizia minha avó.
~ Responder
~ Deixe um comentário
~ Cancelar resposta
~ Posts recentes
~ Blog no WordPress.com.
