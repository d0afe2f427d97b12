site: SciELO-style preprint server on OPS/OJS (Portuguese)
kind: preprint-page
archive_kind: article
language: pt
title: Assistentes conversacionais e a percepção de personalidade em estudantes universitários
note: 'an Open Preprint Systems landing page in Brazilian Portuguese: skip links, account links, breadcrumb, DOI, keywords after their label, the status line, the citation block with its formats, the licence sentence, the language switcher, the OJS/PKP footer; the abstract has a line "Amostra: 212 estudantes" and a one-word section "Resumo" that is content'
---
~ Ir para o conteúdo principal
~ Ir para o menu de navegação principal
~ Ir para o rodapé
~ Cadastro
~ Acesso
~ Início / Preprints / Preprint
= Assistentes conversacionais e a percepção de personalidade em estudantes universitários
@ Mariana Costa, Universidade Federal do Ceará
~ DOI:
~ https://doi.org/10.1590/SciELOPreprints.11842
~ Palavras-chave:
~ assistentes virtuais, personalidade, ensino superior
Resumo
Este trabalho investiga como estudantes universitários descrevem a personalidade de assistentes conversacionais que usam para estudar. Aplicamos um questionário aberto e analisamos as respostas por categorias temáticas.
Amostra: 212 estudantes
A maioria atribuiu ao assistente traços como paciência e prudência, e poucos disseram que ele tinha opiniões próprias. Discutimos o que isso significa para o uso do assistente como tutor.
~ Status do Preprint: Publicado
~ Postado
~ 04/03/2025
~ Como Citar
~ Costa, M. (2025). Assistentes conversacionais e a percepção de personalidade em estudantes universitários. In SciELO Preprints.
~ Mais formatos de citação
~ ABNT
~ APA
~ BibTeX
~ Seção
~ Ciências Humanas
~ Licença
~ Copyright (c) 2025 Mariana Costa
~ Este trabalho está licenciado sob uma licença Creative Commons Attribution 4.0 International License.
~ Idioma
~ English
~ Español (España)
~ Português (Brasil)
~ Downloads
~ Não há dados estatísticos.
~ Plataforma de Gestão de Preprints OPS / PKP
