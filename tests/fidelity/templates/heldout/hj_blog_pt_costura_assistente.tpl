site: "Linhas e Retalhos (Blogger, linhaseretalhos.example.blogspot.com)"
kind: blog-post
archive_kind: blog-post
language: pt
note: "a European Portuguese Blogger post: the blog's name and tagline, the pages menu, the date header above the title, the 'Publicada por … às …' line under the post (metadata), labels, the share row, the comment count, each comment's 'X disse...' line (metadata), its date and the 'Responder'/'Eliminar' links, the pager, the feed link and the sidebar (archive, about, 'Com tecnologia do Blogger'); the comments were read as Latin-1, and so was the comment counter above them"
---
~ Linhas e Retalhos
~ Costura, remendos e outras paciências
~ Início   Sobre mim   Moldes gratuitos   Contacto
~ quinta-feira, 3 de dezembro de 2026
= Pedi ajuda a um assistente para fazer uma saia (e ele admitiu que não sabia)
Andava há semanas a adiar uma saia de linho que prometi à minha sobrinha. O molde era simples, mas o tecido encolhe, e eu nunca sei quanto.
Desta vez resolvi perguntar a um desses assistentes de conversa. Expliquei o tecido, as medidas e o modelo, e pedi-lhe uma margem de segurança.
A resposta surpreendeu-me. Disse-me que o encolhimento do linho varia muito de fábrica para fábrica e que não podia dar um número certo sem eu lavar uma amostra primeiro.
Confesso que, no momento, fiquei um bocadinho irritada. Eu queria um número!
Mas lavei a amostra, um quadrado de vinte centímetros, e encolheu quase oito por cento. Se tivesse usado a margem que costumo usar, a saia teria ficado curta.
Fiquei a pensar nisto o resto da tarde. Gostei mais do assistente por ter dito que não sabia do que se tivesse inventado uma resposta segura.
A minha avó, que me ensinou a coser, tinha o mesmo feitio: nunca cortava sem antes molhar o tecido, e nunca fingia saber o que não sabia.
Para quem quiser experimentar, deixo a regra que agora sigo: lavar sempre a amostra, medir duas vezes e só depois cortar.
@ Publicada por Rita Moura à(s) 21:10
~ Etiquetas: costura, inteligência artificial, linho
~ Enviar a mensagem por email   Dê a sua opinião!   Partilhar no X   Partilhar no Facebook   Partilhar no Pinterest
~ [[latin_1:3 comentários:]]
@ Anónimo disse...
[[latin_1:Que história tão boa! Eu também já estraguei uma camisa por não lavar o tecido antes.]]
~ 4 de dezembro de 2026 às 09:12
~ Responder   Eliminar
@ Lurdes Campos disse...
[[latin_1:Gosto muito quando estas máquinas são honestas. Já me aconteceu o contrário e perdi uma tarde inteira.]]
~ 4 de dezembro de 2026 às 18:40
~ Responder   Eliminar
@ Rita Moura disse...
[[latin_1:Lurdes, foi exatamente por isso que escrevi este texto. Obrigada pela visita!]]
~ 4 de dezembro de 2026 às 21:03
~ Responder   Eliminar
~ Adicionar comentário
~ Mensagem mais recente   Mensagem antiga   Página inicial
~ Subscrever: Enviar comentários (Atom)
~ Arquivo do blogue
~ ▼  2026 (14)
~ ▼  dezembro (2)
~ ►  novembro (3)
~ Acerca de mim
~ Rita Moura
~ Costureira nas horas vagas, em Viseu.
~ Ver o meu perfil completo
~ Com tecnologia do Blogger.
