site: Responde Aí (respondeai.com.br)
kind: qa-site
archive_kind: forum-thread
language: pt
note: "site de perguntas e respostas brasileiro: matéria e nível do usuário acima da pergunta, 'Melhor resposta' e contadores como chrome, nomes dos respondentes como metadados"
---
~ Responde Aí
~ Perguntar
~ Entrar   Cadastre-se
~ Tecnologia
~ Ensino superior
~ 5 pontos
@ camila.rezende
~ Iniciante
~ há 2 dias
= Por que os assistentes de IA falam como se tivessem personalidade, se são só programas?
Minha professora de filosofia disse que as empresas escolhem de propósito o "jeito" do assistente falar, tipo se ele é mais brincalhão ou mais sério. Isso é verdade? E se for, quem decide isso?
~ Seguir   Denunciar
~ 2 respostas
~ Melhor resposta
@ prof_lucas_almeida
~ Especialista
~ há 2 dias
Sua professora está certa. Os modelos de linguagem aprendem a escrever lendo uma quantidade enorme de texto, e depois passam por um treinamento extra em que as empresas reforçam um certo comportamento.
Nesse segundo treinamento a empresa decide, por exemplo, se o assistente deve ser educado, se pode discordar do usuário e como deve falar sobre si mesmo. O resultado é o que parece uma personalidade.
Algumas empresas publicam um documento explicando o caráter que querem que o modelo tenha. Vale a pena ler um deles para o seu trabalho.
Se quiser um exemplo prático: peça para o assistente avaliar uma ideia ruim sua. Um modelo bem treinado vai apontar os problemas com gentileza em vez de só elogiar.
~ Obrigado (34)   ★★★★★ 4.9   Comentar
@ th1ago_s
~ Ambicioso
~ há 1 dia
Complementando: isso não quer dizer que o programa "sente" alguma coisa. É uma questão em aberto, e tem pesquisadores estudando se isso poderia ter alguma importância moral no futuro.
~ Obrigado (8)   ★★★★☆ 4.0   Comentar
~ Veja também
~ Qual a diferença entre inteligência artificial e aprendizado de máquina?
~ Como fazer pão de fermentação natural em casa?
~ Responde Aí © 2026 · Termos de uso · Política de privacidade · Aviso de cookies
