site: "Regional daily (nyheter.example.se)"
kind: news-article
archive_kind: article
language: sv
note: "Swedish regional news article: section kicker, headline, ingress (content), byline and reading time; a 'Läs också' insert and a newsletter box; one paragraph scraped twice."
---
~ Hoppa till innehållet
~ Nyheter Sport Kultur Ekonomi Väder
~ Logga in Prenumerera
~ Nyheter / Lokalt
~ LANDSBYGD
= Biodlare i Dalarna testar AI-assistent – ”den frågar alltid innan den gissar”
En grupp biodlare har under våren låtit en chattbot hjälpa till med att föra dagbok över kuporna. Resultatet överraskade flera av dem.
@ Av Elin Sjöberg
~ Publicerad 14 april 2026 kl 07.30 · Uppdaterad 14 april 2026 kl 09.05
~ Lästid 3 min
~ Dela artikeln
Det började med att föreningens ordförande tröttnade på lösa lappar i bilen. Hon ville ha ett enkelt sätt att notera drottningens läge, yngelmönster och hur mycket foder som gick åt.
Assistenten fick en kort beskrivning av uppgiften och ett önskemål om tonen: lugn, saklig och utan överdrivet beröm.
– Jag hade väntat mig något som pratade som en reklamfilm. I stället frågar den alltid vad jag faktiskt har sett innan den föreslår något, säger hon.
+^
~ Läs också: Rekordmånga svärmar i länet förra sommaren
Alla är inte lika förtjusta. En av de äldre medlemmarna tycker att bina mår bäst av att man tittar på dem och inte på en skärm.
– Den kan inte lukta på en kupa. Det är där man märker om något är fel, säger han.
Föreningen ska utvärdera försöket i september, när honungen är slungad och vinterfodringen är klar.
~ Ämnen i artikeln
~ Biodling Teknik Dalarna
~ Få de viktigaste nyheterna direkt i din inkorg
~ Ange din e-postadress Prenumerera
~ Mest läst just nu
~ Vägarbete stänger bron i tre veckor
~ Kontakta redaktionen · Om cookies · Personuppgiftspolicy · Ansvarig utgivare
