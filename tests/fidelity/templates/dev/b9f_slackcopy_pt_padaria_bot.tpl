site: "Slack (copiado do navegador, pt)"
kind: chat-export
archive_kind: forum-thread
language: pt
note: "a Slack channel copied from the browser in Portuguese: the workspace and channel header, each message headed by the name and the time in brackets ('Ana Souza [10:42]'), the app badge, the edited mark, the thread summary under a message ('3 respostas', 'Última resposta há 2 horas'), the day divider and the message box; a one-word reply stays"
---
~ Padaria Aurora
~ Canais
~ # forno-e-bots
~ 14 membros
~ Adicionar um favorito
~ Hoje
~ Ana Souza [08:12]
O assistente do site começou a responder em versos quando alguém pergunta sobre fermento. Alguém mexeu no prompt?
~ Rui Matos [08:15]
Fui eu. Pus que ele devia ter "alma de padeiro antigo" e ele levou isso a sério demais.
~ (editado)
~ 3 respostas
~ Última resposta há 2 horas
@ Assistente Aurora
~ APP
~ [08:16]
Posso responder em prosa simples, se preferirem. Os versos só aparecem quando o pedido fala de tradição.
~ Ana Souza [08:20]
Prosa, por favor. Os clientes querem saber quanto tempo a massa descansa, não uma quadra sobre o assunto.
~ Rui Matos [08:21]
Combinado
~ Rui Matos [08:30]
Tirei a frase do prompt. Ele agora diz o tempo de descanso e, no máximo, deseja bom pão.
~ Enviar mensagem para #forno-e-bots
