site: "Trampa i Umeå (WordPress blog, trampaiumea.example.se)"
kind: blog-post
archive_kind: blog-post
language: sv
note: "a Swedish WordPress post: the cookie notice at the top, the blog's name and menu, the 'Publicerat den … av …' line (metadata), the category, the share and like row, related posts, the comments (author as metadata, date and 'Svara' chrome) and the reply form; the author's quoted exchange with the assistant and both comments went through a cp1252 misreading twice (double mojibake: 'Ã¥' has become 'ÃƒÂ¥'), the rest of the post is intact"
---
~ Integritet och cookies: Den här webbplatsen använder cookies. Genom att fortsätta använda webbplatsen godkänner du deras användning.
~ Stäng och acceptera
~ Trampa i Umeå
~ Hem   Om bloggen   Arkiv   Kontakt
= Dubbdäck, minus tolv och en assistent som var lagom säker
@ Publicerat den 2 december 2026 av Johan Lindqvist
I morse var det minus tolv och isigt på cykelbanan längs älven. Jag har cyklat till jobbet året runt i sex vintrar nu, men varje december börjar jag tvivla på mina däck.
Den här gången frågade jag en AI-assistent om jag borde byta till däck med fler dubbar. Jag var beredd på ett långt och självsäkert svar.
Så här svarade den, ungefär:
[[cp1252>cp1252:”Det beror på hur mycket is och packsnö du har på din sträcka. Fler dubbar ger bättre grepp på blankis men gör cykeln tyngre att trampa. Jag vet inte hur din väg ser ut, så jag kan inte säga säkert vad som passar dig.”]]
Det var precis lagom. Den gav mig det jag behövde för att tänka själv, utan att låtsas känna till cykelbanan vid Umeälven.
Jag har läst en del om hur de här modellerna tränas att ha en viss personlighet. Ibland låter det abstrakt, men för mig handlar det om sådana här små saker: att inte överdriva, att säga när man inte vet.
Jag köpte för övrigt inga nya däck. Jag sänkte trycket lite i de gamla i stället, och det räckte gott i morse.
~ Kategori: Vardagscykling
~ Dela detta:
~ Facebook   X   E-post   Skriv ut
~ Gilla Laddar …
~ Relaterade inlägg
~ Min första vinter på cykel
~ Lampor som faktiskt syns i snöyra
~ 2 svar på ”Dubbdäck, minus tolv och en assistent som var lagom säker”
@ Maja Berg
~ 2 december 2026 kl. 19:44
[[cp1252>cp1252:Så skönt att läsa! Jag har samma erfarenhet: de bästa svaren är de som erkänner vad de inte vet.]]
~ Svara
@ Johan Lindqvist
~ 2 december 2026 kl. 21:15
[[cp1252>cp1252:Tack Maja! Och sänk trycket i däcken, det gör större skillnad än man tror.]]
~ Svara
~ Lämna ett svar
~ Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *
~ Kommentar *
~ Namn *
~ Publicera kommentar
~ Drivs med WordPress
