site: "Project documentation on a docs host (persona-kit.readthedocs.example)"
kind: docs-page
archive_kind: other
language: pt
title: "Guia de estilo para personas"
note: "a Portuguese documentation page of a Sphinx/Read-the-Docs theme: the project's name and version, search box, sidebar contents, breadcrumb with 'Editar no GitHub', 'Ver código-fonte da página', the headings' permalink pilcrow, the footer's 'Anterior/Próximo' pager, 'Construído com Sphinx' and the version flyout."
---
~ Persona Kit
~ latest
~ Pesquisar documentos
~ Conteúdo:
~ Instalação
~ Primeiros passos
~ Guia de estilo para personas
~ Avaliação
~ Perguntas frequentes
~ Persona Kit
~ » Guia de estilo para personas
~ Editar no GitHub
~ Ver código-fonte da página
= Guia de estilo para personas
Este guia reúne recomendações para escrever a descrição de uma persona. Uma boa descrição é curta, concreta e fácil de testar.
Princípios
Descreva comportamentos, não adjetivos. Em vez de escrever que a assistente é simpática, escreva o que ela faz quando alguém está frustrado.
Evite traços que se contradizem, como ser sempre breve e sempre detalhada.
Honestidade
A persona nunca deve fingir saber algo que não sabe. Quando não tiver certeza, deve dizer isso com naturalidade.
~ Nota
Os testes de avaliação verificam esse comportamento com perguntas sem resposta conhecida.
Exemplo
| nome: Padeira
| tom: calmo e direto
| regras:
|   - admite quando não sabe
|   - não promete resultados
~ Anterior
~ Primeiros passos
~ Próximo
~ Avaliação
~ © Direitos autorais 2026, equipe Persona Kit.
~ Revisão a1b2c3d4.
~ Construído com Sphinx usando um tema fornecido por Read the Docs.
~ Read the Docs
~ v: latest
~ Versões
~ latest
~ stable
~ 1.2
~ Downloads
~ pdf
~ epub
~ No Read the Docs
~ Página do projeto
~ Compilações
