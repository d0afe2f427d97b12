site: "Loja online (loja.example.com.br)"
kind: product-reviews
archive_kind: article
language: pt
title: "Cafeteira com assistente de voz Aroma 2"
note: "store page; the offers table prints label over value, repeated per seller (Vendedor / Preço / Frete / Entrega); reviews print 'Útil (N)' and 'Denunciar'; a table of brewing times the review introduces is content."
---
~ Início Eletrodomésticos Cozinha Cafeteiras
~ Entrar Carrinho
= Cafeteira com assistente de voz Aroma 2
~ ★★★★☆ 4,3 (212 avaliações)
A cafeteira responde a comandos de voz e sugere a moagem de acordo com o café escolhido.
~ Ofertas
~ Vendedor
~ Casa Brasil
~ Preço
~ R$ 499,90
~ Frete
~ Grátis
~ Entrega
~ 3 a 5 dias úteis
~ Vendedor
~ Mega Lar
~ Preço
~ R$ 519,00
~ Frete
~ R$ 19,90
~ Entrega
~ 2 a 4 dias úteis
~ Vendedor
~ Cozinha Já
~ Preço
~ R$ 489,00
~ Frete
~ R$ 24,90
~ Entrega
~ 6 a 9 dias úteis
~ Avaliações
@ Renata S.
~ 10/01/2026
O assistente é educado e não insiste em vender cápsulas. Anotei os tempos que ele sugeriu:
Expresso
25 segundos
Coado
4 minutos
Prensa francesa
5 minutos
Funcionou bem com o café que eu já tinha em casa.
~ Útil (18)
~ Denunciar
@ Carlos E.
~ 02/01/2026
A voz é simpática, mas às vezes ele entende "água" quando digo "agora". Preciso repetir o pedido.
~ Útil (7)
~ Denunciar
@ Bia
~ 28/12/2025
Gostei que ele avisa quando o reservatório está quase vazio sem ficar repetindo o aviso.
~ Útil (3)
~ Denunciar
~ Ver todas as avaliações
~ Atendimento Trocas e devoluções Política de privacidade
