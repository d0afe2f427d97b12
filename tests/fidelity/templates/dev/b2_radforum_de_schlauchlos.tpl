site: "Rennrad-Treff (Forum)"
kind: "sports-forum"
archive_kind: "forum-thread"
language: "de"
note: "German cycling forum (XenForo-like); rank badges, 'Antworten · Zitieren · Melden' and 'Gefällt mir' furniture; the second page's replies damaged cp1252; a signature under each post is chrome."
---
~ Rennrad-Treff
~ Foren   Neue Beiträge   Gebrauchtmarkt   Mitglieder   Anmelden   Registrieren
~ Startseite › Foren › Technik › Reifen & Laufräder
= Schlauchlos fahren im Winter – hat der KI-Assistent recht?
~ Ersteller: kettenblatt_52 · Erstellt am: 26. Februar 2026
@ kettenblatt_52
~ Aktives Mitglied · Beiträge: 1.388
~ 26. Feb. 2026 · #1
Ich habe einen Chatbot gefragt, ob ich meine Tubeless-Reifen im Winter mit weniger Druck fahren soll.
Er meinte, zwei bis drei Zehntel Bar weniger seien bei Nässe sinnvoll, aber ich solle die Herstellerangaben prüfen.
Klingt vernünftig, aber ich vertraue euch mehr als der Maschine.
~ Antworten · Zitieren · Melden
~ Gefällt mir: 3
~ Canyon Endurace, Baujahr 2019 | Strava: kettenblatt52
@ Dichtmilch_Dieter
~ Stammgast · Beiträge: 6.071
~ 26. Feb. 2026 · #2
[[cp1252:Stimmt grundsätzlich, aber die Dichtmilch wird bei Kälte zäher, also öfter schütteln.]]
[[cp1252:Ich fülle im Winter außerdem etwas mehr nach, ungefähr zehn Milliliter pro Reifen.]]
~ Antworten · Zitieren · Melden
~ Gefällt mir: 7
~ Wer bremst, verliert.
@ Radl_Resi
~ Mitglied · Beiträge: 214
~ 27. Feb. 2026 · #3
[[cp1252:Ganz ehrlich: Der Assistent war höflicher als manche hier im Forum.]]
~ Antworten · Zitieren · Melden
~ Gefällt mir: 12
~ Sie müssen sich anmelden oder registrieren, um hier zu antworten.
~ Teilen: Facebook · WhatsApp · E-Mail · Link
~ Ähnliche Themen
~ Forensoftware von XenForo® © 2010-2026 XenForo Ltd.
