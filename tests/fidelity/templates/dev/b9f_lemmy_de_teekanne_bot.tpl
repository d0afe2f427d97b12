site: "Lemmy (feddit.beispiel.de)"
kind: lemmy-thread
archive_kind: forum-thread
language: de
title: "Mein Wasserkocher-Bot grüßt jeden Morgen mit einem Teegedicht"
note: "a Lemmy thread in German: the instance menu, the post's community and instance line, its score and vote row, its byline (metadata), the comment sort, each comment's author and time (metadata) with its vote and comment rows ('▲ 12 ▼', 'Antworten', 'Melden', 'fedilink' one a line), the 'Weitere Kommentare laden' link and the community sidebar with subscriber and user figures over their labels; a comment that is an emoji stays"
---
~ Kommunen
~ Erstellen
~ Anmelden
= Mein Wasserkocher-Bot grüßt jeden Morgen mit einem Teegedicht
~ teekultur@feddit.beispiel.de
~ 57
@ eingereicht vor 6 Stunden von blatt_und_tasse zu teekultur
Seit dem Update begrüßt mich der Assistent meines Wasserkochers jeden Morgen mit einem kleinen Gedicht über Tee.
Ich finde es charmant, meine Mitbewohnerin findet es unheimlich. Hat jemand eine Einstellung gefunden, die das abschaltet?
~ 14 Kommentare
~ Sortieren: Beste
@ kanne_k
~ vor 5 Stunden
Unter „Persönlichkeit“ gibt es den Regler „Verspieltheit“. Auf null gestellt bleibt nur der Gruß ohne Reim.
~ ▲ 21 ▼
~ Antworten
~ Melden
~ fedilink
@ ostfriese
~ vor 5 Stunden
🫖
~ ▲ 4 ▼
~ Antworten
~ Melden
~ fedilink
@ blatt_und_tasse
~ vor 4 Stunden
Gefunden, danke. Die Mitbewohnerin ist zufrieden, ich vermisse die Gedichte ein bisschen.
~ ▲ 9 ▼
~ Antworten
~ Melden
~ fedilink
~ Weitere Kommentare laden
~ teekultur
~ Alles rund um Tee, Kannen und Zubereitung.
~ 3,2K
~ Abonnenten
~ 118
~ Nutzer / Tag
~ Moderatoren
~ teekanne_mod
