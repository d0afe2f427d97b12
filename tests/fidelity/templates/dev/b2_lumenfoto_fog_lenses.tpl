site: "Lumen & Dimma (fotoblogg)"
kind: "photography-blog"
archive_kind: "blog-post"
language: "sv"
note: "Swedish photo blog; EXIF key: value lines are content; latin_1 damage in the comments; title after date and category."
---
~ Lumen & Dimma
~ Hem   Galleri   Utrustning   Om mig   Kontakt
~ 12 februari 2026
~ Landskap, Objektiv
= Dimma över Mälaren: tre objektiv, en morgon
Jag hade bestämt mig för att testa hur mina tre gamla objektiv klarar motljus i dimma.
Klockan var kvart över sex när jag parkerade vid bryggan och dimman låg som bomull över vattnet.
Första bilden tog jag med det minsta objektivet, och kontrasten försvann nästan helt.
~ Bild 1 av 3 – klicka för att förstora
Kamera: Fujifilm X-T2
Objektiv: 35 mm f/2
Bländare: f/5.6
Slutartid: 1/250 s
ISO: 400
Det andra objektivet är äldre och har en enklare beläggning, men det gav faktiskt mjukare ljus.
Jag tror att det är just den lilla glöden runt solen som gör bilden levande.
Den tredje bilden blev den bästa, men det var mest tur: en svan flög förbi precis när jag tryckte av.
Mitt råd är att gå ut tidigt, ta med en extra handduk till linsen och inte lita på autofokus.
~ Dela: Facebook | Pinterest | E-post
~ Taggar: dimma, motljus, objektiv, Mälaren
~ 4 kommentarer
@ Birgitta L.
~ 12 februari 2026 kl. 19:02
[[latin_1:Så vackert! Jag känner igen bryggan, den ligger väl nära Västerås?]]
~ Svara
@ Lumen & Dimma
~ 12 februari 2026 kl. 19:40
[[latin_1:Nästan, den ligger några kilometer söder om staden.]]
~ Svara
@ Olle
~ 13 februari 2026 kl. 07:15
[[latin_1:Vilken motljusskydd använde du på det gamla objektivet?]]
~ Svara
~ Lämna en kommentar
~ Din e-postadress kommer inte att publiceras.
~ © 2026 Lumen & Dimma · Drivs med WordPress
