site: Romanian news site (Știri Tehnologie)
kind: news-article
archive_kind: article
language: ro
note: "the lede and a quote were UTF-8 read as ISO-8859-16 with the C1 controls stripped; ș ț with comma below (C8 99, C8 9B) lose their second byte, ă î â keep it"
---
~ Știri
~ Tehnologie
= Asistenții vocali învață limba română
[[iso8859_16:Asistenții vocali înțeleg tot mai bine limba română, spun cercetătorii de la universitate.]]
Echipa a înregistrat vorbitori din toate regiunile țării, inclusiv din Maramureș și din Dobrogea.
[[iso8859_16:„Diacriticele contează: fără ele, asistentul confundă cuvinte”, a explicat coordonatoarea proiectului.]]
Rezultatele vor fi publicate în primăvară.
~ Distribuie
~ Comentarii
