site: Brazilian news portal (Portal Vale Notícias)
kind: news-article
archive_kind: article
language: pt
note: "a portal's menu and the section as a separate line over the headline; a deck under it, then a byline that names the place and a date line with 'Atualizado há 2 horas'"
---
~ Menu
~ Buscar
~ Portal Vale Notícias
~ Entrar
~ Assine
~ Tecnologia
= Robôs de conversa ganham “personalidade” e dividem opiniões entre professores
Escolas do interior testam assistentes com nomes e jeitos próprios; parte dos docentes vê ganho, parte vê risco.
@ Por Marina Teixeira, de Campinas
~ 12/03/2025 08h30
~ Atualizado há 2 horas
~ Compartilhe:
Na sala do sexto ano de uma escola estadual de Campinas, o assistente que ajuda nas lições de matemática se chama Tito e sempre começa a resposta com uma pergunta.
A escolha foi da própria equipe pedagógica, que configurou o robô para nunca entregar o resultado de imediato. “Queremos que o aluno pense antes de copiar”, diz a coordenadora Lúcia Amaral.
Em outra escola da região, a experiência foi menos animadora. Professores relatam que os alunos passaram a conversar com o assistente sobre assuntos pessoais, como se fosse um colega.
Para o pesquisador Rafael Nunes, que acompanha os testes, dar nome e jeito a um programa tem efeitos que vão além da sala de aula. “A personalidade aproxima, mas também cria expectativas que a máquina não consegue cumprir.”
A secretaria de educação informou que vai publicar orientações até o fim do semestre.
~ Veja também
~ Feira de ciências reúne 40 escolas no ginásio municipal
~ Publicidade
~ Receba as principais notícias no seu e-mail
~ © 2025 Portal Vale Notícias. Todos os direitos reservados.
