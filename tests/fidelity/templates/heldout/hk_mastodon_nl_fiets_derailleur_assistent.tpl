site: "Mastodon instance web view (mastodon.example.nl)"
kind: mastodon-thread
archive_kind: social-thread
language: nl
note: "social thread, no title; each post's display name with handle is metadata; dates, 'Bewerkt', visibility and the reply/boost/favourite counters are chrome; the server's sign-up sidebar and footer are chrome; a reply that starts with @handle keeps the mention as content."
---
~ Mastodon
~ Inloggen
~ Account registreren
~ Terug
~ Gesprek
@ Femke 🚲 @femke_fietst@mastodon.example.nl
~ 14 mrt 2026, 08:41
Vanochtend mijn achterderailleur afgesteld met hulp van een AI-assistent, telefoon tegen het stuur geleund. Eerlijk gezegd ging het beter dan met de meeste filmpjes.
Wat me opviel: toen ik zei dat ik "gewoon maar aan het stelschroefje draaide", vroeg hij me te stoppen en eerst te vertellen wat de ketting precies deed. Geduldiger dan ik zelf was.
~ Openbaar
~ 12
~ 31
~ 87
@ Bas van Dijk @bvd@fiets.example.social
~ 14 mrt 2026, 09:02
@femke_fietst Herkenbaar. Het mijne zei letterlijk dat het niet kon zien wat ik zag en dat ik beter even naar de fietsenmaker kon als de kabel gerafeld was. Dat vond ik netjes.
~ 2
~ 4
~ 19
@ Femke 🚲 @femke_fietst@mastodon.example.nl
~ 14 mrt 2026, 09:10
@bvd Ja, precies dat. Geen stoere beloftes. Ik merk dat ik het daardoor juist meer ga vertrouwen.
~ 1
~ 0
~ 11
@ Noor @noor@tuin.example.nl
~ 14 mrt 2026, 09:26
Ik blijf het wel een beetje raar vinden dat we het over het 'karakter' van zo'n programma hebben. Maar als het karakter betekent dat het eerlijk blijft, teken ik ervoor.
~ Bewerkt 14 mrt 2026, 09:28
~ 3
~ 5
~ 22
@ Joost @joost_thee@mastodon.example.nl
~ 14 mrt 2026, 10:05
Mijn ervaring is anders: bij het zetten van thee bleef hij volhouden dat groene thee met kokend water moest. Pas toen ik een bron noemde gaf hij toe dat hij het mis had. Dus niet altijd zo bescheiden.
~ 4
~ 2
~ 15
@ Femke 🚲 @femke_fietst@mastodon.example.nl
~ 14 mrt 2026, 10:19
@joost_thee Goed punt. Toegeven is mooi, maar het liefst zie ik dat hij twijfel laat merken voordat ik hem moet verbeteren. Misschien is dat te veel gevraagd.
~ 1
~ 1
~ 9
@ Bas van Dijk @bvd@fiets.example.social
~ 14 mrt 2026, 10:34
@femke_fietst @joost_thee Dat vind ik eigenlijk de kern. Ik wil geen assistent die altijd gelijk heeft, ik wil er een die weet wanneer hij het niet weet. Bij mensen noemen we dat karakter, dus misschien is het woord toch niet zo gek.
~ 0
~ 3
~ 14
~ Word lid van de fediverse
~ mastodon.example.nl is een van de vele onafhankelijke Mastodon-servers die je kunt gebruiken om deel te nemen aan de fediverse.
~ Account registreren
~ Inloggen
~ Over Gedragscode Privacybeleid Status
~ Mastodon: Over Download apps Sneltoetsen Broncode bekijken v4.3.2
