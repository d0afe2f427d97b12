site: "Blog pessoal (WordPress, paonamesa.example.com.br)"
kind: wordpress-blog
archive_kind: blog-post
language: pt
title: "O meu assistente de cozinha aprendeu a dizer \"não sei\""
note: "WordPress blog: site name and menu, post title, date/author/category line (metadata), share row, tag list, comments with author and date lines and reply links; one comment was saved as UTF-8 read as cp1252 (partial mojibake); comment form and footer widgets."
---
~ Pão na Mesa
~ Início Receitas Sobre Contato
= O meu assistente de cozinha aprendeu a dizer "não sei"
@ Publicado em 2 de março de 2026 por Helena Costa em Pães, Tecnologia
Há uns meses comecei a usar um assistente de IA para ajustar as minhas receitas de pão de fermentação natural. No começo, ele respondia a tudo com uma confiança que me deixava desconfiada.
Perguntei quanto tempo a massa devia descansar numa cozinha a 30 graus e ele deu um número exato, sem hesitar. A massa passou do ponto.
Depois de ler sobre como algumas empresas descrevem a personalidade dos seus modelos, reescrevi as instruções. Pedi que fosse honesto sobre a incerteza e que me fizesse perguntas antes de dar números.
Agora, quando não tem certeza, ele diz. E pergunta coisas que eu devia ter dito desde o início: a hidratação, a farinha, a idade do fermento.
O pão melhorou, mas o que mais mudou foi a minha confiança nas respostas.
~ Compartilhe: Facebook WhatsApp Pinterest E-mail
~ Tags: fermentação natural, inteligência artificial, pão
~ ← Broa de milho da avó | Bolo de laranja sem glúten →
~ 3 comentários
@ Rita Almeida
~ 2 de março de 2026 às 19:20
Adorei o texto. Eu também prefiro uma resposta honesta a uma resposta bonita.
~ Responder
@ Joaquim
~ 3 de março de 2026 às 08:05
[[cp1252:Que instruções você usou? Gostaria de tentar o mesmo com o meu, que sempre diz que a receita está ótima.]]
~ Responder
@ Helena Costa
~ 3 de março de 2026 às 10:41
Joaquim, escrevi só três frases: seja honesto quando não souber, faça perguntas antes de sugerir tempos e não elogie a receita sem motivo.
~ Responder
~ Deixe um comentário
~ O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *
~ Publicar comentário
~ Posts recentes
~ Arquivos
~ Orgulhosamente feito com WordPress
