site: Italian food blog (La Madia di Marco)
kind: blog-post
archive_kind: blog-post
language: it
note: "the blog's menu trail on separate lines, the category name of four words right above the headline, then the byline with 'di'"
---
~ Home
~ Ricette
~ Pane e lievitati fatti in casa
= Ho chiesto a un assistente virtuale di correggere la mia biga
@ di Marco Bellini
~ 9 marzo 2025
La mia biga era troppo asciutta da settimane e non capivo perché. Ho descritto farina, acqua e temperature a un assistente, un po' per curiosità.
Mi ha fatto tre domande precise e mi ha detto chiaramente che senza vedere l'impasto poteva solo proporre ipotesi. Alla fine il problema era la farina, più assorbente del solito.
~ Condividi
~ Commenti
