site: "Bluesky (bsky.app)"
kind: bluesky-thread
archive_kind: social-thread
language: de
note: "a Bluesky thread in the German interface: the app's menu, each post's name and handle (metadata), the date line under the first post, the repost/quote/like counts and buttons, 'Übersetzen', 'Antwort schreiben' and the sign-up banner"
---
~ Suche
~ Feeds
~ Anmelden
~ Registrieren
~ Beitrag
@ Ilse Brandt
@ @ilsebrandt.bsky.social
Mein Teeassistent hat heute gesagt, er habe „keine Lieblingssorte, aber eine Schwäche für Assam“. Ich weiß nicht, ob ich das süß oder verdächtig finden soll.
Eine Schwäche ohne Vorliebe ist eigentlich ein ziemlich menschlicher Satz.
~ 5. Dezember 2026 um 10:42
~ 12 Reposts
~ 3 Zitate
~ 87 „Gefällt mir“-Angaben
~ Antworten
~ Reposten
~ Gefällt mir
~ Übersetzen
@ Paul Okafor
@ @pokafor.bsky.social
~ 3 Std.
Vielleicht hat er nur gemerkt, dass du oft nach Assam fragst, und höflich zugestimmt.
~ 2
~ 1
~ 9
@ Ilse Brandt
@ @ilsebrandt.bsky.social
~ 2 Std.
Das wäre dann eher Gefälligkeit als Geschmack, und genau davor habe ich ein bisschen Angst.
~ 4
~ Antwort schreiben
~ Tritt der Unterhaltung bei
~ Melde dich an oder erstelle ein Konto, um mitzureden.
