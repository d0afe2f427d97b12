site: Regionaal dagblad (www.ijsselbode.example), rubriek Regio
kind: local-news
archive_kind: article
language: nl
note: "a Dutch regional newspaper: masthead with its weather and the subscribe button, the section menu, the breadcrumb, a kicker with the town, the deck (content), byline, dateline with the update time and the reading time, the photo's caption (content, the text's own sentence) and its credit, a 'Lees ook' box inside the text, the share row, the newsletter box, the comment counter, the most-read list with ranks"
---
~ Naar hoofdinhoud
~ IJsselbode
~ Zwolle 6°C
~ Abonneer   Inloggen
~ Nieuws   Regio   Sport   Cultuur   Economie   Puzzels
~ Home › Regio › Deventer
~ DEVENTER
= Bibliotheek zet voorleesrobot in die eerlijk zegt wat hij niet weet
De robot leest elke woensdag voor aan kleuters; bij moeilijke vragen verwijst hij naar de bibliothecaris
@ Door Anouk de Vries
~ Gisteren, 16:42
~ Bijgewerkt vandaag, 08:15
~ Leestijd 3 minuten
Twee kleuters luisteren in de leeshoek naar de robot.
~ Foto: Sander Kok
In de bibliotheek aan de Brink staat sinds deze maand een kleine robot die op woensdagmiddag prentenboeken voorleest. De kinderen mogen na afloop vragen stellen over het verhaal.
Volgens bibliothecaris Mirjam Bos is de robot zo ingesteld dat hij geen antwoorden verzint. "Als een kind vraagt waarom de beer in het boek verdrietig is, mag hij zeggen wat er in het verhaal staat. Vraagt het iets wat hij niet weet, dan zegt hij dat gewoon."
~ Lees ook
~ Fietsenstalling bij het station gaat weer open na verbouwing
~ Ouderen leren appen in het buurthuis: 'Nu bel ik mijn kleinzoon met beeld'
De ouders die de eerste sessies bijwoonden, zijn overwegend positief. Een vader vond het prettig dat de robot niet doet alsof hij een mens is. Een moeder had liever een echte voorlezer gezien.
De bibliotheek evalueert de proef in maart. Tot die tijd blijft ook de vaste voorleesochtend met vrijwilligers gewoon bestaan.
~ Deel dit artikel
~ Facebook   WhatsApp   X   E-mail
~ 14 reacties
~ Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox.
~ Aanmelden
~ Meest gelezen
~ 1. Brand in schuur aan de Rijksweg snel onder controle
~ 2. Nieuwe schaatsbaan op het plein trekt honderden bezoekers
~ 3. Bakker uit Olst wint prijs voor beste kerststol
~ 4. Wegwerkzaamheden op de N337 duren langer dan gepland
~ © 2026 IJsselbode. Alle rechten voorbehouden.
~ Privacyverklaring   Cookie-instellingen   Colofon
