site: "Q&A network in the Quora style (perguntas.example.com.br)"
kind: qa-answer
archive_kind: forum-thread
language: pt
title: "Por que alguns assistentes de IA parecem ter personalidade?"
note: "a Portuguese answer page on a Quora-like site: header, 'Responder' and 'Seguir' buttons with counters, the answerer's credential line and date, the upvote/share counters, 'Ver 3 comentários', the 'Perguntas relacionadas' list, the spaces promo, the sign-up wall text; the answers are content, answerer names metadata."
---
~ Página inicial Seguindo Responder Espaços Notificações
~ Pesquisar
~ Adicionar pergunta
= Por que alguns assistentes de IA parecem ter personalidade?
~ Responder
~ Seguir · 12
~ Solicitar
~ Classificar: Recomendadas
@ Beatriz Lopes
~ Engenheira de software · Atualizado há 2 anos
Porque alguém decidiu que eles teriam. As empresas escrevem instruções que descrevem o tom, os limites e até o senso de humor do assistente.
Além disso, o modelo aprende com muitos exemplos de conversas, e as pessoas que avaliam as respostas tendem a preferir respostas calorosas e claras.
O resultado parece uma personalidade, mas é um conjunto de hábitos bastante estável.
~ 1,4 mil visualizações
~ Ver 18 votos positivos
~ Votar positivamente 18
~ Compartilhar
~ Ver 3 comentários
@ Rafael Siqueira
~ Estudou Filosofia na Universidade Federal · 1 ano
Eu acrescentaria que a personalidade ajuda a prever o comportamento. Se você sabe que o assistente é cuidadoso, confia mais quando ele diz que não sabe.
~ 532 visualizações
~ Votar positivamente 6
~ Compartilhar
~ Perguntas relacionadas
~ Assistentes de IA podem ter sentimentos?
~ Qual o melhor jeito de fazer pão em casa?
~ Como escolher uma bicicleta para a cidade?
~ Espaços relacionados
~ Tecnologia Hoje · 45 mil seguidores
~ Cadastre-se para ver mais respostas
~ Continuar com Google
~ Sobre · Carreiras · Privacidade · Termos · Contato · Idiomas
