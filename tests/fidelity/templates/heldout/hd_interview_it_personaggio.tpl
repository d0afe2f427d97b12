site: "Rivista Lumen (rivistalumen.it)"
kind: magazine-interview
archive_kind: article
language: it
note: "Italian online-magazine interview in D/R form; kicker 'Intervista' then title; deck is content; byline metadata; one scrape duplicate of an answer sentence; newsletter and related chrome."
---
~ Rivista Lumen
~ Cultura
~ Scienza
~ Tecnologia
~ Cucina
~ Abbonati
~ Accedi
~ Intervista
= «Un assistente deve avere carattere, non caratteraccio»
La linguista Giulia Ferrandi racconta come si progetta la personalità di un modello linguistico e perché la sincerità viene prima della simpatia
@ di Paolo Serra
~ 9 aprile 2025
~ Tempo di lettura: 6 minuti
D: Che cosa intende quando parla di carattere di un assistente?
R: Intendo un insieme di abitudini stabili. Come risponde quando non sa qualcosa, quanto insiste, se fa domande prima di dare consigli.
D: E il caratteraccio?
R: È quando l'abitudine diventa maschera. Un assistente che adula sempre, o che scherza anche quando l'utente è in difficoltà.
D: Si può misurare?
R: In parte sì. Facciamo le stesse domande in cento modi diversi e guardiamo quanto cambia il tono. Se cambia troppo, il carattere non c'è.
+^
D: Lei cucina?
R: Moltissimo. E le dirò: un buon ragù insegna la stessa cosa. Pochi ingredienti, tempo, e nessuna fretta di piacere.
D: Un consiglio a chi scrive le istruzioni per questi sistemi?
R: Scrivete comportamenti, non aggettivi. «Gentile» non vuol dire niente per una macchina, «chiede il nome prima di dare del tu» sì.
~ Condividi
~ Facebook
~ WhatsApp
~ Email
~ Tag: intelligenza artificiale, linguistica, interviste
~ Leggi anche
~ Il pane di casa torna di moda: tre lieviti a confronto
~ Le macchine possono soffrire? Un dibattito aperto
~ Iscriviti alla newsletter di Lumen
~ © 2025 Lumen Editore S.r.l. – P.IVA 01234567890
