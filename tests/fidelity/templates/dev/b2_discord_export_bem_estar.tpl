site: "Discord (exportação HTML, servidor Mentes Sintéticas)"
kind: "chat-export"
archive_kind: "social-thread"
language: "pt"
note: "DiscordChatExporter-like export in Brazilian Portuguese; no title; author + timestamp per message is metadata; reactions and 'editado' chrome; a scrape duplicate."
---
~ Mentes Sintéticas
~ #bem-estar-dos-modelos
~ Exportado em 04/03/2026 22:10 · 9 mensagens
@ luiza.tdx — 03/03/2026 19:02
Alguém leu o relatório novo sobre bem-estar de modelos que saiu ontem?
Achei interessante que eles propõem deixar o modelo encerrar conversas abusivas.
@ caiopereira — 03/03/2026 19:05
Li sim, mas fiquei com dúvida sobre como eles medem se o modelo "prefere" alguma coisa.
Preferência em texto gerado não é a mesma coisa que preferência de verdade.
~ 👍 4
@ luiza.tdx — 03/03/2026 19:07
Concordo, eles mesmos dizem que é uma medida muito indireta.
O argumento é mais de precaução: se custa pouco, por que não fazer?
+^
@ rafa_cicloturismo — 03/03/2026 19:15
Mudando um pouco de assunto, vocês viram que o grupo de pedal vai sair sábado às seis?
Quem quiser ir, leva câmara de ar reserva porque a estrada de terra está ruim.
~ 🚲 3 😅 1
@ caiopereira — 03/03/2026 19:18
Eu vou, mas volto a discutir o relatório no domingo!
~ (editado)
@ marina.s — 03/03/2026 19:40
Uma coisa que me pegou foi a parte sobre não apagar versões antigas sem registro.
Parece pouco, mas é o tipo de hábito que a gente só cria se começar cedo.
~ ❤️ 5
~ Fim da exportação
