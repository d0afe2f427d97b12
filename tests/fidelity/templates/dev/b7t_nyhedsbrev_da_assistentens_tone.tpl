site: "Maskinmøder (nyhedsbrev, web archive)"
kind: newsletter
archive_kind: blog-post
language: da
note: "a Danish newsletter's web copy: the browser notice, the newsletter's name in capitals, the issue number and date on one line, the headline, the letter; the footer's unsubscribe and address lines are chrome"
---
~ Kan du ikke se nyhedsbrevet? Åbn det i din browser
~ MASKINMØDER
~ Nyhedsbrev nr. 17 · 6. marts 2026
= Hvorfor lyder alle assistenter ens?
Kære læser,
I denne uge har jeg sammenlignet fem AI-assistenter ved at stille dem det samme spørgsmål om at plante kartofler i en altankasse.
Svarene var næsten ens. Alle begyndte med at rose spørgsmålet, alle brugte punktopstillinger, og alle sluttede med at tilbyde mere hjælp.
Det er ikke nødvendigvis et problem. Men det viser, at "personlighed" ofte er en stil, som mange modeller har lært af de samme eksempler.
I næste nummer ser vi på, om man kan give en assistent en tydeligere stemme uden at den bliver irriterende.
Venlig hilsen
@ Mette
~ Du modtager denne mail, fordi du har tilmeldt dig Maskinmøder.
~ Afmeld nyhedsbrevet · Opdater dine oplysninger
~ Maskinmøder, Nørregade 0, 8000 Aarhus C
