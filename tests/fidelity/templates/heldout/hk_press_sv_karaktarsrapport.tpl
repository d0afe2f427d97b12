site: "Press release newsroom (nyhetsrum.example.se)"
kind: press-release
archive_kind: article
language: sv
title: "Göteborgsbolaget Vändpunkt AI publicerar sin första rapport om assistentens karaktär – och om vad man inte vet"
note: "newsroom release: the 'Pressmeddelande' label and date are chrome; the ingress (deck) is content; the quotes are content; the contact block ('Kontaktpersoner' and names, titles, phone, e-mail) is chrome; the 'Om Vändpunkt AI' boilerplate heading and text are the sender's own text and kept as content; topics, attachments, subscribe box and related releases are chrome."
---
~ Vändpunkt AI nyhetsrum
~ Nyheter Pressmeddelanden Bilder Dokument Kontakt
~ Följ
~ Pressmeddelande
~ 10 mars 2026 09:00
= Göteborgsbolaget Vändpunkt AI publicerar sin första rapport om assistentens karaktär – och om vad man inte vet
Vändpunkt AI, som utvecklar röstassistenter för hushåll, publicerar i dag en öppen rapport om hur bolagets assistent är tänkt att bete sig. Rapporten beskriver både de egenskaper företaget eftersträvar och de frågor som fortfarande saknar svar.
Rapporten bygger på ett års tester med över tvåtusen hushåll i Västsverige. Assistenten används främst i köket, för matlagning och inköpslistor, men också för cykelunderhåll och trädgårdsskötsel.
Enligt rapporten ska assistenten vara vänlig men rak, säga ifrån när den är osäker och aldrig hålla med användaren bara för att undvika en konflikt. Testerna visar att användarna litade mer på assistenten när den erkände sina begränsningar.
– Vi vill att människor ska kunna lita på att assistenten säger samma sak i dag som i morgon, oavsett hur frågan ställs. En konsekvent karaktär är en förutsättning för det, säger Elin Sandberg, vd för Vändpunkt AI.
Rapporten innehåller också ett kapitel om modellernas eventuella välbefinnande. Bolaget konstaterar att frågan är öppen och att man avser att följa forskningen noga i stället för att avfärda den.
– Vi tar inte ställning till om en assistent kan ha intressen. Men vi tycker att det vore oansvarigt att inte ens ställa frågan, säger Johan Ek, forskningsansvarig.
Rapporten finns att ladda ner på bolagets webbplats och presenteras vid ett öppet frukostseminarium i Göteborg den 24 mars.
Om Vändpunkt AI
Vändpunkt AI grundades 2021 i Göteborg och utvecklar röstassistenter för vardagen. Bolaget har 48 anställda och samarbetar med flera svenska lärosäten kring ansvarsfull AI.
~ Kontaktpersoner
~ Elin Sandberg
~ Vd
~ elin.sandberg@vandpunkt.example.se
~ +46 31 000 00 00
~ Johan Ek
~ Forskningsansvarig
~ johan.ek@vandpunkt.example.se
~ Ämnen
~ Teknik Forskning Konsumentfrågor
~ Bilagor
~ Bild: Elin Sandberg (JPG, 2,4 MB)
~ Dokument: Karaktärsrapport 2026 (PDF, 1,1 MB)
~ Prenumerera på våra pressmeddelanden
~ E-postadress Prenumerera
~ Relaterade nyheter
~ Vändpunkt AI tar in 40 miljoner kronor för att utveckla köksassistent
~ Nu kan assistenten hjälpa till med cykelservice
~ Integritetspolicy Cookies
~ Powered by Example Newsroom
