site: Slovak technology blog (Technológie dnes)
kind: blog-post
archive_kind: article
language: sk
note: "a quoted answer of a chatbot was stored as ISO-8859-2 with the C1 controls stripped: the second byte of á é í ó ú ý (C3 A1…) survives, but ľ č š ž ť ň ô lose theirs when it is 0x80-0x9F"
---
~ Technológie dnes
~ Články
= Rozhovor s chatbotom o počasí
Spýtal som sa chatbota, či si mám zobrať dáždnik. Odpoveď ma prekvapila svojou úprimnosťou.
[[iso8859_2:„Nemám prístup k aktuálnej predpovedi, takže neviem povedať, či bude pršať. Pozrite sa, prosím, na stránku meteorológov.“]]
Páči sa mi, že nepredstieral istotu, ktorú nemá.
~ Zdieľať
~ Komentáre
