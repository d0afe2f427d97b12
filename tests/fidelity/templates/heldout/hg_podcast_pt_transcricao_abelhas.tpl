site: "Colmeia Aberta podcast (colmeiaaberta.example.com.br)"
kind: podcast-transcript
archive_kind: podcast-transcript
language: pt
note: "a Brazilian podcast episode page: show name, menu and episode number above the title, date, length, player and platform links, a summary (content), chapter timestamps and the transcript label and disclaimer (chrome), then a transcript exported with each speaker's name and time on a line of their own (metadata); share/download, more episodes and footer"
---
~ Colmeia Aberta
~ Episódios   Sobre   Apoie   Contato
~ Episódio 47
= Abelhas, robôs e paciência: conversa com a apicultora Helena Prado
~ 18 de novembro de 2026
~ 46 min
~ ▶ Ouvir   1x   -15s   +30s
~ Ouça também no Spotify · Apple Podcasts · YouTube · RSS
Neste episódio, Rafael conversa com a apicultora Helena Prado sobre o assistente de voz que ela usa no apiário, sobre o temperamento das colmeias e sobre o que uma máquina deveria dizer quando não sabe a resposta.
~ Capítulos
~ 00:00 Abertura
~ 02:10 O assistente no apiário
~ 17:45 Colmeias mansas e colmeias bravas
~ Transcrição
~ Transcrição gerada automaticamente e revisada pela equipe. Pode conter erros.
@ Rafael Nunes  0:00
Olá, bem-vindos ao Colmeia Aberta. Hoje a conversa é com a Helena, que cuida de quarenta colmeias na serra e, pelo que ela me contou, conversa com um assistente de voz enquanto trabalha.
@ Helena Prado  0:15
Converso, sim. De macacão e com as luvas cheias de própolis, não dá para mexer no celular, então eu vou ditando o que vejo em cada caixa.
@ Rafael Nunes  0:27
E ele responde ou só anota?
@ Helena Prado  0:30
As duas coisas. O que eu mais gosto é que ele não finge saber. Outro dia perguntei se uma colmeia estava sem rainha, e ele disse que só com o que eu tinha descrito não dava para saber, e me perguntou se eu tinha visto ovos novos.
@ Rafael Nunes  2:10
Isso é raro, né? A maioria desses assistentes quer agradar.
@ Helena Prado  2:14
É raro. E no apiário, agradar é perigoso. Se ele me diz que está tudo bem e não está, eu perco a colmeia.
Eu prefiro um assistente meio chato, que pergunta duas vezes, a um que me dá parabéns por tudo.
@ Rafael Nunes  17:45
Você falou antes de colmeias mansas e bravas. Isso é genética?
@ Helena Prado  17:50
Em parte. Mas o tempo muda muito. Antes de chuva, até a colmeia mais mansa fica nervosa.
Eu brinco que as abelhas também têm dias ruins, igual à gente. E, pelo jeito, igual aos assistentes.
@ Rafael Nunes  18:21
Os assistentes têm dias ruins?
@ Helena Prado  18:24
Não sei. Sinceramente, não sei. Mas achei bonito quando li que tem gente estudando isso a sério, em vez de rir da pergunta.
~ Ver transcrição completa
~ Compartilhar episódio   Baixar MP3
~ Mais episódios
~ 46. Pão de fermentação natural para quem tem pressa
~ 45. Pedalando até a feira: bicicletas de carga na cidade
~ © 2026 Colmeia Aberta · Hospedado na Ondacast
