site: "Wikipedia-like wiki, talk page (pt.wiki.example.org)"
kind: wiki-talk
archive_kind: forum-thread
language: pt
title: "Discussão:Personalidade de assistentes virtuais"
note: "talk page: tabs, the 'Origem' line, the talk-header notice box, DiscussionTools summaries ('Último comentário…'), Responder/Inscrever-se links and footer are chrome; section headings are content; each signature (user, talk link and UTC time) sits on its own line and is metadata; the WikiProject assessment banner is chrome."
---
~ Ir para o conteúdo
~ Menu principal
~ Pesquisar
~ Criar uma conta Entrar
= Discussão:Personalidade de assistentes virtuais
~ Artigo Discussão
~ Ler Editar Adicionar tópico Ver histórico
~ Ferramentas
~ Origem: Wikipédia, a enciclopédia livre.
~ Esta é a página de discussão destinada a debater melhorias no artigo Personalidade de assistentes virtuais. Não é um fórum para discutir o assunto em geral.
~ Assine as suas mensagens com quatro tis (~~~~). Coloque novos tópicos no fim da página.
~ Este artigo está no âmbito do WikiProjeto Inteligência artificial, avaliado como esboço e de importância média.
Título do artigo
~ Último comentário: há 3 meses 4 comentários 3 pessoas na discussão
O título atual dá a entender que os assistentes têm personalidade no sentido psicológico. Proponho mover para "Caráter de assistentes virtuais", termo que aparece em várias das fontes citadas.
@ Ricardo.Almeida (discussão) 14h22min de 2 de dezembro de 2025 (UTC)
~ Responder
Discordo em parte. "Personalidade" é o termo mais usado pela imprensa em português, e o artigo já explica na introdução que se trata de um padrão de comportamento projetado.
@ Beatriz Lume (discussão) 09h05min de 3 de dezembro de 2025 (UTC)
~ Responder
Concordo com a Beatriz. Podemos criar um redirecionamento de "Caráter de assistentes virtuais" e manter o título.
@ Tiago_SP (discussão) 11h40min de 3 de dezembro de 2025 (UTC)
~ Responder
Está bem, não insisto. Criei o redirecionamento.
@ Ricardo.Almeida (discussão) 18h12min de 3 de dezembro de 2025 (UTC)
~ Responder
Secção sobre bem-estar dos modelos
~ Último comentário: há 2 dias 3 comentários 2 pessoas na discussão
A secção sobre o bem-estar dos modelos está escrita como se fosse um consenso científico. As fontes mostram apenas que alguns laboratórios consideram a questão digna de estudo.
Sugiro reescrever com verbos mais cautelosos, por exemplo "alguns investigadores defendem" em vez de "está demonstrado".
@ Beatriz Lume (discussão) 16h47min de 6 de março de 2026 (UTC)
~ Responder
Apoio. Também falta dizer que há quem considere a questão prematura. Adicionei uma fonte nesse sentido, mas precisa de revisão.
@ Tiago_SP (discussão) 20h03min de 6 de março de 2026 (UTC)
~ Responder
Reescrevi o primeiro parágrafo. Vejam se ficou neutro; se ninguém se opuser em uma semana, retiro a predefinição de parcialidade.
@ Beatriz Lume (discussão) 10h31min de 8 de março de 2026 (UTC)
~ Responder
~ Inscrever-se
~ Adicionar tópico
~ Esta página foi editada pela última vez às 10h31min de 8 de março de 2026.
~ Este texto é disponibilizado nos termos da licença Atribuição-CompartilhaIgual 4.0 Internacional (CC BY-SA 4.0) da Creative Commons; pode estar sujeito a condições adicionais.
~ Política de privacidade Sobre a Wikipédia Avisos gerais Código de conduta Programadores Estatísticas Declaração sobre cookies Versão móvel
