site: Blog pessoal em WordPress (diariodahorta.example), tema Astra
kind: blog-post
archive_kind: blog-post
language: pt
note: "a Brazilian Portuguese WordPress blog: site name and tagline, menu, the category over the title, the author, date and reading time line, the text with a subheading (content), the 'Compartilhe' row, the tags, the author box, the previous/next posts with titles, the related posts, the comment section: count heading, commenters' names (metadata), dates, comments (content), reply links, the comment form"
---
~ Diário da Horta
~ Histórias de um quintal em Curitiba
~ Início   Receitas   Horta   Sobre   Contato
~ Tecnologia no quintal
= Perguntei a um chatbot quando plantar alface e gostei da resposta
~ Por Beatriz Moura · 3 de dezembro de 2026 · 3 min de leitura
Faz tempo que eu anoto aqui no blog o que dá certo e o que dá errado na minha horta. Nesta semana resolvi fazer uma experiência e perguntar a um chatbot qual era a melhor época para plantar alface.
O que ele respondeu
Ele explicou que a alface prefere temperaturas amenas e que, em Curitiba, costuma ir bem na primavera e no outono. Mas avisou que não sabia como estava o clima no meu quintal e sugeriu que eu conversasse com alguém da feira.
Gostei dessa honestidade. Na feira, seu Antônio me disse para plantar logo e proteger as mudas do sol da tarde.
~ Compartilhe:
~ WhatsApp   Facebook   Pinterest   E-mail
~ Tags: alface, chatbot, horta
~ Beatriz Moura
~ Jornalista aposentada, cuido de uma horta pequena e escrevo sobre ela desde 2019.
~ Post anterior
~ Como fiz composto com folhas secas
~ Próximo post
~ Manjericão na janela: três tentativas
~ Você também pode gostar
~ Minha primeira colheita de tomate-cereja
~ Horta em vasos para quem mora em apartamento
~ 2 comentários
@ Luciana
~ 3 de dezembro de 2026 às 21:14
Adorei o post! Aqui em casa a alface sempre espiga no verão, vou tentar no outono.
~ Responder
@ Marcos P.
~ 4 de dezembro de 2026 às 07:32
Bom saber que o chatbot não inventou uma resposta. Já tive o problema contrário.
~ Responder
~ Deixe um comentário
~ O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *
~ Publicar comentário
~ © 2026 Diário da Horta · Tema Astra
