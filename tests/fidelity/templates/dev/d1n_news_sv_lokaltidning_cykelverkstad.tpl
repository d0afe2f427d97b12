site: Lokaltidning (www.dalabladet.example), avdelning Nyheter
kind: local-news
archive_kind: article
language: sv
note: "a Swedish local newspaper: masthead, section menu, the 'Premium' label and the paywall note after the first paragraphs are NOT here (open article); kicker with the municipality, deck, byline with the reporter's e-mail, the published and updated lines, listen-to-the-article button, photo caption (content) and credit, 'Läs också' box with two headlines, a fact box with its heading (content), the share row, the 'Mest läst' list, the newsletter box"
---
~ Gå till huvudinnehållet
~ Dalabladet
~ Meny
~ Sök
~ Logga in
~ Nyheter   Sport   Kultur   Familj   E-tidning
~ Falun
= Cykelverkstaden fick en digital assistent – och den vågar säga nej
Kunderna kan fråga om reparationer dygnet runt, men assistenten lovar aldrig en tid den inte kan hålla
@ Av Elin Lundqvist
~ elin.lundqvist@dalabladet.example
~ Publicerad 5 december 2026 kl. 07.30
~ Uppdaterad 5 december 2026 kl. 11.02
~ Lyssna på artikeln
~ 2 min
Oskar Berg visar assistenten på skärmen i verkstaden.
~ Bild: Maja Ek
Den lilla cykelverkstaden vid Stora torget har börjat använda en chattassistent på sin hemsida. Den svarar på frågor om priser, öppettider och hur lång tid en reparation brukar ta.
– Det viktigaste var att den inte skulle lova för mycket, säger ägaren Oskar Berg. Om någon frågar om cykeln blir klar till i morgon säger den att den inte vet och ber kunden ringa.
~ Läs också
~ Ny gång- och cykelbro över älven invigs i vår
~ Bibliotekets lånecyklar blev en succé i sommar
Fakta: så fungerar assistenten
Den svarar bara på frågor om verkstaden och hänvisar allt annat till personalen. Samtalen sparas inte efter att fönstret stängts.
Hittills har ett sextiotal kunder använt den varje vecka. Oskar Berg tror att antalet ökar när vintern kommer och fler vill få dubbdäck monterade.
~ Dela
~ Kopiera länk
~ Mest läst
~ Ishallen stänger tillfälligt efter vattenläcka
~ Julmarknaden flyttar till Lugnet i år
~ Skolmaten får högt betyg av eleverna
~ Få de viktigaste nyheterna från Dalarna direkt i din inkorg.
~ Prenumerera på nyhetsbrevet
~ Dalabladet · Ansvarig utgivare: Karin Holm
