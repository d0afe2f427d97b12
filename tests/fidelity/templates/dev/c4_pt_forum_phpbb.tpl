site: Brazilian phpBB forum (Fórum Código Aberto)
kind: forum-thread
archive_kind: forum-thread
language: pt
note: 'phpBB 3.3 in Brazilian Portuguese: skip link, quick links, login and register, breadcrumb, topic buttons, post and page counter, per post the "Mensagem por ... »" line, rank, post count, join date and place, edit notice, back-to link, jump menu, who is online, the phpBB footer with the translator line and the cookie notice. A post with "Modelo: 8B" and "Obrigado!" alone is content.'
---
~ Ir para o conteúdo
~ Links rápidos
~ FAQ
~ Entrar
~ Registrar
~ Índice do fórum ‹ Tecnologia ‹ Inteligência Artificial
= Assistente mudou de personalidade depois da atualização
~ Responder
~ Pesquisar neste tópico…
~ 4 mensagens • Página 1 de 1
@ rafael_mt
@ Mensagem por rafael_mt » 04 Mar 2025, 19:40
~ Membro
~ Mensagens: 212
~ Registrado em: 12 Jan 2019, 10:00
~ Localização: Recife
Pessoal, o assistente que eu rodo em casa ficou bem mais formal depois que troquei a versão do modelo.
Modelo: 8B
Alguém sabe se é o modelo ou se é o prompt de sistema que mudou?
~ Última edição por rafael_mt em 04 Mar 2025, 19:52, em um total de 1 vez.
@ bia.souza
@ Mensagem por bia.souza » 04 Mar 2025, 20:15
~ Moderador
~ Mensagens: 4871
~ Registrado em: 03 Mai 2014, 18:22
Quase sempre é o prompt. Compare os dois arquivos de configuração linha por linha antes de culpar o modelo.
Se o prompt for igual, aí sim vale testar com a temperatura mais baixa.
@ rafael_mt
@ Mensagem por rafael_mt » 04 Mar 2025, 21:03
~ Membro
~ Mensagens: 212
~ Registrado em: 12 Jan 2019, 10:00
~ Localização: Recife
Obrigado!
Era o prompt mesmo: a versão nova vinha com outro arquivo padrão.
~ Voltar para “Inteligência Artificial”
~ Ir para
~ Quem está online
~ Usuários navegando neste fórum: Nenhum usuário registrado e 3 visitantes
~ Desenvolvido por phpBB® Forum Software © phpBB Limited
~ Traduzido por: Suporte phpBB Brasil
~ Privacidade | Termos
~ Este site usa cookies para manter sua sessão. Ao continuar navegando, você concorda com o uso de cookies.
