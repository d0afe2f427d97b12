site: "Loja de apps (play.example.com)"
kind: app-reviews
archive_kind: other
language: pt
title: "Chaleira: seu assistente de chá"
note: "a Brazilian Portuguese app store page: the tab title ('… – Apps no Google Play'), the store's menu, the app's name, the developer, the rating and download counts, the install button, the section labels 'Sobre este app' and 'Avaliações e comentários', each review's author and date (metadata), the 'helpful' line and the developer's reply (content)"
---
~ Chaleira: seu assistente de chá – Apps no Google Play
~ Jogos   Apps   Filmes   Livros   Crianças
~ Fazer login
= Chaleira: seu assistente de chá
~ Estúdio Vapor
~ 4,3★
~ 12 mil avaliações
~ 100 mil+ downloads
~ Classificação Livre
~ Instalar
~ Compartilhar
~ Sobre este app
Um assistente que sugere o chá certo para a hora do dia e conversa com você enquanto a água esquenta.
Você escolhe o jeito dele: calmo, animado ou bem objetivo.
~ Atualizado em 1 de dez. de 2026
~ Avaliações e comentários
~ Classificações e avaliações são verificadas
@ Renata Lopes
~ 2 de dezembro de 2026
Gosto do modo calmo, mas às vezes ele fala demais antes de dizer a temperatura da água.
~ 31 pessoas acharam esta avaliação útil
~ Você achou isso útil?   Sim   Não
@ Estúdio Vapor
~ 3 de dezembro de 2026
Obrigado, Renata! Na próxima versão a temperatura vem logo na primeira frase.
@ Paulo H.
~ 28 de novembro de 2026
O modo objetivo é perfeito para quem só quer o chá e pronto.
~ 12 pessoas acharam esta avaliação útil
~ Ver todas as avaliações
~ Novidades
~ Política de Privacidade   Termos de Serviço
