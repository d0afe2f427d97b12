site: "Anmeldelsesportal (Trustpilot-lignende, da)"
kind: review-site
archive_kind: other
language: da
title: "Bønnebud anmeldelser"
note: "a Trustpilot-like company page in Danish: the header and search, the company's score and review figures, the claimed-profile badge, the rating filter and sort menus, each review's author (metadata) with the country and review count, the stars and the date, the review's own headline and text (content), the 'Oplevelsesdato' line, the verified badge, the 'Nyttig' and share buttons, the company's reply header ('Svar fra Bønnebud') as metadata and the reply as content, the pager"
---
~ Kategorier
~ Blog
~ Log ind
~ For virksomheder
= Bønnebud anmeldelser
~ Anmeldelser 1.284
~ TrustScore 4,3 ud af 5
~ Fremragende
~ Verificeret virksomhed
~ Skriv en anmeldelse
~ Alle anmeldelser
~ Filtrer
~ Sortér: Nyeste
~ 5 stjerner 71%
~ 4 stjerner 14%
~ 3 stjerner 6%
~ 2 stjerner 3%
~ 1 stjerne 6%
@ Mette Lund
~ DK
~ 3 anmeldelser
~ Bedømt 5 ud af 5 stjerner
~ 2. dec. 2026
Kaffen kommer til tiden, og assistenten er høflig
Jeg bestiller bønner hver anden uge gennem chatassistenten. Den husker, at jeg maler groft til stempelkande, og den spørger, før den ændrer noget.
~ Oplevelsesdato: 28. november 2026
~ Verificeret
~ Nyttig
~ Del
@ Svar fra Bønnebud
~ 3. dec. 2026
Tak, Mette. Vi har bedt assistenten om altid at spørge først, så det er rart at høre, at det virker.
@ Anders Holm
~ DK
~ 1 anmeldelse
~ Bedømt 2 ud af 5 stjerner
~ 29. nov. 2026
For mange spørgsmål
Assistenten stillede fem spørgsmål, før jeg kunne købe en pose espresso. Jeg vidste allerede, hvad jeg ville have.
~ Oplevelsesdato: 27. november 2026
~ Ikke-inviteret anmeldelse
~ Nyttig 4
~ Del
@ Svar fra Bønnebud
~ 30. nov. 2026
Det er en god pointe, Anders. Fra næste uge kan du springe spørgsmålene over med én knap.
~ Forrige
~ 1
~ 2
~ 3
~ Næste
~ Om Bønnebud
~ Sådan fungerer anmeldelser
