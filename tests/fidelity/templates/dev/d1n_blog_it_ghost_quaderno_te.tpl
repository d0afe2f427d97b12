site: Blog personale su Ghost (quadernodelte.example), tema Casper
kind: blog-post
archive_kind: blog-post
language: it
note: "an Italian Ghost blog: the site's name and navigation, the primary tag over the title, the excerpt under it (content), the author's name, date and reading time, the feature image's caption (content) and credit, the subscribe box in the middle and at the end, the author card, the 'Potrebbe interessarti' list with its cards' reading times, the footer's 'Powered by Ghost'"
---
~ Quaderno del tè
~ Home   Archivio   Chi sono   Iscriviti
~ Accedi
~ Riflessioni
= Ho chiesto a un assistente di scegliere il mio tè. Ha scelto di non farlo.
Una piccola storia su un programma che ha preferito fare domande invece di indovinare.
@ Chiara Ferrante
~ 2 dic 2026
~ 5 min di lettura
La mia teiera preferita, quella con il coperchio scheggiato.
~ Foto di Chiara Ferrante
Qualche sera fa ho chiesto a un assistente virtuale quale tè avrei dovuto bere prima di dormire. Mi aspettavo un nome, magari una camomilla. Invece mi ha fatto tre domande: quanto ero stanca, se la caffeina mi dava fastidio e se avevo già cenato.
All'inizio mi è sembrato quasi scortese. Poi ho capito che non voleva indovinare al posto mio.
~ Iscriviti a Quaderno del tè
~ Ricevi i nuovi articoli direttamente nella tua casella di posta.
~ Iscriviti
Ci ho ripensato il giorno dopo, mentre preparavo un tè nero per la colazione. Un amico che conosce i tè avrebbe fatto lo stesso: prima di consigliarti qualcosa, vuole sapere come stai.
Non so se un programma possa avere un carattere. So però che quella volta si è comportato come una persona educata, e che la camomilla, alla fine, l'ho scelta io.
~ Condividi
~ Chiara Ferrante
~ Scrivo di tè, di libri e delle piccole tecnologie che entrano in casa.
~ Potrebbe interessarti
~ Il bollitore che non si spegneva mai
~ 3 min di lettura
~ Cosa ho imparato da un anno di tè verdi giapponesi
~ 7 min di lettura
~ Non perderti i prossimi articoli
~ Iscriviti
~ Quaderno del tè © 2026
~ Powered by Ghost
