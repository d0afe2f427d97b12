site: European Portuguese blog (Caderno do Alentejo)
kind: blog-post
archive_kind: blog-post
language: pt
note: "a Portuguese skip link, the blog's name and menu, the post's category, the headline, then the date and author"
---
~ Ir para o conteúdo
~ Caderno do Alentejo
~ Início
~ Receitas
~ Contacto
~ Categoria: Tecnologia
= Pedi ajuda a um assistente para fazer açorda e ele quis mudar a receita
~ 4 de março de 2025
~ por Rita Sampaio
Queria apenas confirmar quanto pão usar numa açorda para quatro pessoas. O assistente respondeu, mas acrescentou logo três sugestões para a tornar mais moderna.
Expliquei que era a receita da minha avó e que não queria modernizar nada. Pediu desculpa e deu-me as quantidades certas.
Fiquei a pensar que estes assistentes têm dificuldade em aceitar que às vezes a tradição é o objetivo.
~ Partilhar
~ Deixe um comentário
