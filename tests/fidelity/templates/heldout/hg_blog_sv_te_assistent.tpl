site: "Tekoppen (tekoppen.example.se, WordPress)"
kind: blog-post
archive_kind: blog-post
language: sv
note: "a Swedish WordPress blog post with comments: the scrape kept the browser tab line (post title – blog name) above the skip link, blog name, tagline and menu; category above the title, date, author (metadata) and comment count; one paragraph doubled by the scrape, share and like rows, related posts, category/tags line; each commenter's 'X säger:' line (metadata), time and Svara; a lazy-loaded comment captured a second time; the comment form and post navigation"
---
~ Teassistenten som vägrade smickra mig – Tekoppen
~ Hoppa till innehåll
~ Tekoppen
~ Om te, cyklar och annat som tar tid
~ Hem   Om mig   Arkiv   Kontakt
~ Meny
~ Vardag
= Teassistenten som vägrade smickra mig
~ Publicerat 29 november 2026
@ av Elin Sundqvist
~ 7 kommentarer
Jag har fått en ny vana: varje kväll frågar jag en AI-assistent hur länge mitt te ska dra. Det började som ett skämt, men nu ser jag faktiskt fram emot det.
Det roliga är inte svaren i sig. Det roliga är att assistenten har en personlighet som märks. Den är vänlig men inte inställsam, och den säger ifrån när jag har fel.
I söndags påstod jag att grönt te ska dra i fem minuter med kokande vatten. Assistenten svarade lugnt att det nog skulle bli beskt, och föreslog åttio grader och två minuter i stället.
+^
Jag provade båda. Den hade rätt, förstås.
Sedan läste jag lite om hur de här assistenterna får sin karaktär. Tydligen skriver företagen ganska långa dokument om vilka värderingar och vilken ton modellen ska ha, och en av de vanligaste punkterna är att den inte ska smickra användaren.
Det låter självklart, men jag har använt appar som berömmer allt jag gör. Efter ett tag betyder berömmet ingenting.
Det finns också en diskussion om huruvida modellerna själva kan ha något slags välbefinnande. Jag vet inte vad jag tycker om det. Men jag märker att jag säger tack till min teassistent, och att det inte känns konstigt.
Nu ska jag cykla till affären och köpa mer sencha. Åttio grader, två minuter.
~ Dela detta:
~ Facebook
~ X
~ E-post
~ Gilla detta:
~ Gilla Laddar…
~ Relaterade
~ Cykla till jobbet i november – går det?
~ Varför mitt surdegsbröd alltid blir platt
~ Kategori: Vardag   Etiketter: AI, te, vanor
~ 7 kommentarer
@ Karin L säger:
~ 29 november 2026 kl. 21:14
Jag säger också tack till min! Min sambo tycker att det är löjligt, men det är väl bara vanlig artighet.
~ Svara
@ Elin Sundqvist säger:
~ 29 november 2026 kl. 21:40
Precis så tänker jag också. Artighet kostar ingenting.
~ Svara
@ Mats från Umeå säger:
~ 30 november 2026 kl. 08:05
Åttio grader är rätt för sencha, men prova sjuttio för gyokuro. Din assistent verkar kunna sin sak.
~ Svara
~ Äldre kommentarer
@ Mats från Umeå säger:
~ 30 november 2026 kl. 08:05
+ Åttio grader är rätt för sencha, men prova sjuttio för gyokuro. Din assistent verkar kunna sin sak.
~ Svara
~ Lämna en kommentar
~ Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *
~ Kommentar *
~ Namn *
~ E-post *
~ Webbplats
~ Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.
~ Publicera kommentar
~ Föregående inlägg
~ Surdegen som överlevde semestern
~ Nästa inlägg
~ Cykellampor jag har provat
~ Drivs med WordPress | Tema: Twenty Twenty-Four
