site: Mastodon (masto.pt.example)
kind: mastodon-thread
archive_kind: social-thread
language: pt
---
~ Mastodon
~ Criar conta
~ Iniciar sessão
~ Voltar
@ Beatriz Lobo
@ @bialobo@masto.pt.example
Pergunta honesta para quem trabalha com IA: faz sentido falar em bem-estar de um modelo de linguagem, ou é só marketing bem embalado?
Não estou a provocar. Li um relatório sobre isso ontem e fiquei sem saber o que pensar.
~ 12 de mar. de 2026, 21:03
~ ·
~ Web
~ 18
~ 7
~ 42
@ Rui Carvalho
@ @ruic@social.example.org
~ 12 de mar.
@bialobo Eu diria que as duas coisas podem ser verdade ao mesmo tempo. Há interesse comercial, mas a pergunta de fundo é séria: não sabemos se há alguma experiência ali dentro.
~ 3
~ 11
@ Beatriz Lobo
@ @bialobo@masto.pt.example
~ 12 de mar.
@ruic e como é que se investiga uma coisa dessas sem cair no teatro?
@ Marta Seixas
@ @mseixas@ciencia.example.social
~ 12 de mar.
@bialobo @ruic Uma abordagem razoável é procurar comportamentos estáveis que não dependam da forma como perguntamos. Se o modelo só "sofre" quando a pergunta sugere sofrimento, isso diz mais sobre a pergunta.
Não resolve tudo, mas corta muito ruído.
~ 6
~ 24
@ Joãozinho das Abelhas
@ @abelhas@masto.pt.example
~ 13 de mar.
@bialobo 🐝🤔
~ 2
@ Beatriz Lobo
@ @bialobo@masto.pt.example
~ 13 de mar.
Obrigada a todos. Resumo para mim própria:
- a pergunta é legítima
- as respostas do próprio modelo não chegam como prova
- custa pouco ser cuidadoso enquanto não se sabe
~ 9
~ 31
+ @ruic e como é que se investiga uma coisa dessas sem cair no teatro?
~ Iniciar sessão para seguir perfis ou hashtags, adicionar aos favoritos, partilhar e responder a publicações.
~ masto.pt.example é um dos muitos servidores Mastodon independentes que pode utilizar para participar no fediverso.
~ Sobre · Estado · Perfis · Política de privacidade
~ Mastodon: Sobre · Obter a aplicação · Atalhos de teclado · Ver código-fonte · v4.3.2
