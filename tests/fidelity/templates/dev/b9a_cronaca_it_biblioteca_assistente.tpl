site: Quotidiano locale online, sezione Cronaca (www.gazzettadelborgo.example)
kind: local-news
archive_kind: article
language: it
note: "an Italian local paper's article: the edition and section menu, the town kicker repeating the breadcrumb, the date with its time under the byline, the reading time, a 'Leggi anche' box inside the text with two headlines, the share row, the tags line, the comment count, the most-read list with its ranks"
---
~ Vai al contenuto
~ Gazzetta del Borgo
~ Abbonati   Accedi
~ Cronaca   Politica   Sport   Cultura   Meteo
~ Home › Cronaca › Valdoro
~ Valdoro
= La biblioteca comunale prova un assistente virtuale che ammette i propri limiti
Il programma risponde su orari e prestiti; quando non sa, rimanda al personale
@ di Giulia Ferri
~ 04 dicembre 2026 · 18:05
~ Tempo di lettura: 3 minuti
Da lunedì chi scrive sul sito della biblioteca di Valdoro riceve prima la risposta di un assistente virtuale. Il sistema conosce gli orari, le regole del prestito e il catalogo.
La direttrice Marta Sala spiega che l'assistente è stato impostato per dire chiaramente quando non ha un'informazione. In quel caso indica il numero del banco prestiti.
~ Leggi anche
~ Valdoro, riapre la ciclabile lungo il fiume
~ Il mercato del miele torna in piazza domenica
«Preferiamo una risposta sincera a una risposta veloce», dice Sala. Nelle prime due settimane l'assistente ha gestito circa seicento domande.
Il comune valuterà a marzo se estendere il servizio alle biblioteche delle frazioni.
~ Condividi
~ Facebook   WhatsApp   Email
~ Argomenti: biblioteca, intelligenza artificiale, Valdoro
~ 2 commenti
~ I più letti
~ 1. Nebbia in pianura, scuole chiuse nella valle
~ 2. Nuovo parcheggio alla stazione
~ 3. La banda cittadina compie cent'anni
~ © 2026 Gazzetta del Borgo - P.IVA 00000000000
