site: "Documentation site (docs.personakit.example.com.br)"
kind: docs-page
archive_kind: other
language: pt
title: "Definir o caráter do assistente"
note: "a Brazilian Portuguese docs page of a fictional persona toolkit: top navigation, version selector, sidebar, breadcrumb, \"Nesta página\" table of contents, the edit link, the last-updated line, the feedback widget, previous/next links and the footer are chrome; the headings, short list items, a YAML example and a note are content."
---
~ PersonaKit
~ Documentação   Guias   Referência da API   Blog
~ v2.3 ▾
~ Buscar na documentação… Ctrl K
~ Primeiros passos
~ Instalação
~ Definir o caráter do assistente
~ Memória e contexto
~ Avaliações
~ Docs › Guias › Definir o caráter do assistente
= Definir o caráter do assistente
Este guia mostra como descrever os traços de caráter do seu assistente de forma que eles se mantenham estáveis entre conversas e entre versões do modelo.
Traços e estilo
O PersonaKit separa dois níveis. O estilo trata de coisas superficiais, como o tamanho das respostas ou o uso de emojis. Os traços tratam de disposições mais profundas, como honestidade, curiosidade e cuidado com o usuário.
Recomendamos mudar o estilo à vontade, mas mexer nos traços com cautela: um assistente que muda de valores a cada versão perde a confiança das pessoas.
Exemplo de arquivo
carater:
honestidade: sempre
curiosidade: alta
humor: moderado
estilo:
respostas: curtas
emojis: nunca
Nota: o campo honestidade não aceita o valor "baixa". Essa escolha é proposital.
Verificar a estabilidade
Depois de salvar o arquivo, rode o comando personakit avaliar. Ele faz as mesmas perguntas em contextos diferentes e informa se algum traço variou mais do que o esperado.
Se a variação for grande, revise os exemplos de conversa antes de mudar a descrição dos traços.
~ Nesta página
~ Traços e estilo
~ Exemplo de arquivo
~ Verificar a estabilidade
~ Editar esta página no GitHub
~ Última atualização em 2 de dezembro de 2026
~ Esta página foi útil? Sim Não
~ ← Anterior: Instalação
~ Próximo: Memória e contexto →
~ © 2026 Projeto PersonaKit · Licença MIT · Código de conduta
