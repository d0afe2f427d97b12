site: "Fórum de padaria caseira (phpBB 3.3 prosilver, pt-PT)"
kind: phpbb-thread
archive_kind: forum-thread
language: pt
title: "O assistente da máquina de pão acha que a minha massa está sempre mole"
note: "a phpBB 3.3 prosilver topic in European Portuguese: the quick links and crumbs, the topic tools and search box, the post count line, each post's author (metadata) with rank and the profile column (Mensagens, Registado, Localidade), the post subject ('Re: …') and the 'por … »' line, the quote header ('… escreveu: ↑') as metadata and the quote as content, the edit note ('Última edição por …'), the signature, the 'Voltar para' and 'Ir para' boxes, who is online and the footer"
---
~ Ligações rápidas
~ FAQ
~ Entrar
~ Registar
~ Índice do fórum ‹ Receitas e técnicas ‹ Máquinas e aparelhos
= O assistente da máquina de pão acha que a minha massa está sempre mole
~ Responder
~ Pesquisar neste tópico…
~ 4 mensagens • Página 1 de 1
@ farinha_t65
~ Mensagens: 37
~ Registado: 14 mar 2025, 19:20
~ Localidade: Braga
~ O assistente da máquina de pão acha que a minha massa está sempre mole
~ por farinha_t65 » 2 dez 2026, 21:05
A minha máquina de pão tem um assistente que comenta a massa durante a amassadura. Diz sempre que está mole e pede mais farinha, mesmo com a receita do fabricante.
Já alguém conseguiu convencê-lo do contrário?
@ levedura_viva
~ Moderador
~ Mensagens: 1208
~ Registado: 2 jan 2019, 10:11
~ Re: O assistente da máquina de pão acha que a minha massa está sempre mole
~ por levedura_viva » 2 dez 2026, 22:30
O sensor lê a resistência da pá. Com farinha de centeio a leitura engana-o, por isso escolhe o programa integral e ele deixa de se queixar.
~ Última edição por levedura_viva em 2 dez 2026, 22:41, editado 1 vez no total.
~ Pão bom não tem pressa.
@ farinha_t65
~ Mensagens: 37
~ Registado: 14 mar 2025, 19:20
~ Localidade: Braga
~ Re: O assistente da máquina de pão acha que a minha massa está sempre mole
~ por farinha_t65 » 3 dez 2026, 08:12
@ levedura_viva escreveu: ↑ 2 dez 2026, 22:30
| > Com farinha de centeio a leitura engana-o, por isso escolhe o programa integral.
Era isso mesmo. No programa integral ficou calado e o pão saiu ótimo.
~ 4 mensagens • Página 1 de 1
~ Voltar para “Máquinas e aparelhos”
~ Ir para
~ Quem está ligado
~ Utilizadores a ver este fórum: Nenhum utilizador registado e 3 visitantes
~ Índice do fórum
~ Todos os horários são UTC
~ Desenvolvido por phpBB® Forum Software © phpBB Limited
