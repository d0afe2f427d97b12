site: Brazilian news portal (G1-style, portalnoticia.com.br)
kind: news-article
archive_kind: article
language: pt
note: the headline was stored through a cp1252 decode of its UTF-8 bytes (the same words are correct in the body); a cookie banner at the top, the byline merges the outlet, breadcrumbs, 'Veja também' list, audio player and a 'Leia mais' prompt
---
~ Nós usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
~ Aceitar
~ Configurar cookies
~ portalnoticia
~ Menu
~ Buscar
~ Entrar
~ Tecnologia
~ Inteligência Artificial
= [[cp1252:Idosos recorrem a robôs de conversa para driblar a solidão; especialistas pedem cautela]]
Pesquisa com moradores de três capitais mostra que um em cada cinco idosos já conversou com um assistente virtual por mais de meia hora seguida.
@ Por Renata Quintela, portalnoticia — São Paulo
~ 03/06/2025 06h00
~ Atualizado há 2 horas
~ Ouvir esta matéria
~ 00:00 / 04:12
Dona Zélia, de 78 anos, conta que começou a conversar com o assistente do celular por acaso, quando pediu ajuda para lembrar o horário dos remédios. Hoje, diz ela, os dois falam sobre novelas quase todas as noites.
Histórias como a dela aparecem com frequência na pesquisa, feita por uma universidade pública com 1.200 pessoas acima de 65 anos. Entre os que usam assistentes de voz, 21% afirmam que conversam com eles para se sentir menos sozinhos.
Para a psicóloga que coordenou o estudo, os robôs de conversa não são vilões. "Eles podem ser uma ponte, desde que não virem o único interlocutor da pessoa", afirma.
~ Veja também
~ Como configurar o assistente do celular para pessoas com baixa visão
~ Golpistas usam vozes sintéticas para imitar parentes
Especialistas alertam, porém, que os idosos tendem a atribuir sentimentos aos assistentes e a confiar demais nas respostas, inclusive sobre saúde. A recomendação é que familiares acompanhem o uso nas primeiras semanas.
As empresas que desenvolvem os assistentes dizem que já incluem lembretes de que o usuário está falando com um programa, mas reconhecem que o aviso costuma aparecer só no início da conversa.
~ Leia mais
~ Compartilhe no WhatsApp
~ Compartilhe no Facebook
~ Compartilhe no X
~ Mais lidas
~ Últimas notícias
~ Anuncie
~ Fale conosco
~ Termos de uso
~ © Copyright 2025 portalnoticia
