site: Swedish regional news (nyheter-exempel.se)
kind: news-article
archive_kind: article
language: sv
note: Swedish furniture — skip link, menu, listen button, publication and update lines, reading time, "Läs också" teasers, share row, newsletter box, ad marker; the title is partly mojibake and so is the comment section
---
~ Hoppa till innehållet
~ Meny
~ Sök
~ Logga in
~ Nyheter
~ Sport
~ Kultur
~ Annons
= [[cp1252:AI-vänner blir vanligare bland äldre – men forskarna är oeniga]]
Allt fler pensionärer pratar dagligen med en chattbot. En ny enkät visar att många upplever sällskapet som verkligt.
~ Lyssna på artikeln
@ Av Maja Lindström
~ Publicerad 12 mars 2025
~ Uppdaterad 13 mars 2025 kl. 08.15
~ Lästid 3 min
Enkäten skickades till drygt tvåtusen personer över sjuttio år. Var femte svarade att de använder en röstassistent eller chattbot för att prata, inte bara för att ställa frågor.
Flera beskrev assistenten som en vän med ett eget sätt att vara. En kvinna i Umeå berättade att hon saknade botens humor när den byttes ut mot en ny version.
~ Läs också: Så fungerar röstassistenterna i vården
Forskarna är oeniga om vad resultaten betyder. En del menar att sällskapet minskar ensamheten, andra att det kan ersätta besök som annars hade blivit av.
– Vi vet för lite om hur de här relationerna förändras över flera år, säger en av forskarna bakom studien.
~ Dela
~ Facebook
~ X
~ Kopiera länk
~ Prenumerera på vårt nyhetsbrev
~ Få dagens viktigaste nyheter direkt i inkorgen.
~ Kommentarer (14)
@ Gunnel_R
[[cp1252:Min mamma pratar med sin högtalare varje morgon. Jag är glad att den svarar vänligt.]]
@ björkhagen
[[cp1252:Läs också vad som händer med alla samtal som sparas.]]
~ Tipsa redaktionen
~ Om oss
~ Kontakt
~ Cookieinställningar
~ © 2025 Nyheter Exempel AB
