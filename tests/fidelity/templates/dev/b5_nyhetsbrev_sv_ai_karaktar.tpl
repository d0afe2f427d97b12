site: Maskinbrevet (maskinbrevet.example.se, newsletter web archive)
kind: newsletter
archive_kind: blog-post
language: sv
---
~ Maskinbrevet
~ Prenumerera
~ Arkiv
~ Om
~ Logga in
~ Visa i webbläsaren
= Nr 43: Vänlig, men inte medhållande
Veckans brev handlar om varför en AI-assistent som alltid håller med dig är sämre än en som ibland säger emot.
+^
@ Johanna Lindqvist
~ 13 mars 2026
~ Dela
Hej alla,
Den här veckan fick jag ett mejl från en läsare i Umeå som undrade varför hennes assistent plötsligt började säga emot henne. Hon hade bett den kontrollera en uträkning för ett bidrag till föreningens båthus, och assistenten påpekade att en summa inte stämde.
Hon var först irriterad. Sedan visade det sig att assistenten hade rätt.
Det här är ingen slump. De stora utvecklarna skriver i dag långa dokument om vilken karaktär deras modeller ska ha, och nästan alla betonar samma sak: ärlighet går före att vara trevlig. En assistent som bara håller med kallas på engelska sycophantic, och det räknas som ett fel som ska tränas bort.
Tre saker jag tar med mig:
1. Att säga emot vänligt är en färdighet, även för människor.
2. Vi märker sällan när någon håller med oss för mycket.
3. Den som säger emot dig ibland är lättare att lita på när den säger att du har rätt.
Veckans länkar
- En lång intervju med en forskare som mäter hur stabil en modells personlighet är över hundra samtal.
- En essä om modellers välbefinnande och varför frågan inte längre bara är filosofi.
- Ett recept på kardemummabullar som en assistent hjälpte mig skala ner till sex bullar. Det gick bra.
Läsarfrågan
> Är det konstigt att jag säger tack till min chattbot?
Nej. Jag gör det också. Det kostar ingenting och gör mig till en trevligare människa i andra sammanhang.
Vi hörs nästa fredag.
@ /Johanna
~ Gillade du brevet? Vidarebefordra det till en vän.
~ 💬 12 kommentarer
~ ❤️ 87
~ Prenumerera gratis
~ Din e-postadress
~ Du får det här brevet eftersom du prenumererar på Maskinbrevet. Avsluta prenumerationen · Hantera inställningar
~ © 2026 Johanna Lindqvist · Maskinbrevet · Box 123, 901 10 Umeå
