site: "Faculty news page (Hungarian university, kar.example-egyetem.hu)"
kind: event-page
archive_kind: other
language: hu
title: "„A gép jelleme” – Kovács Eszter előadása a Nyitott Egyetem sorozatban"
note: "a faculty's news item about a lecture: the faculty's name, the language switch and menu, a breadcrumb ending with a shortened title, the title in Hungarian quotation marks, the date of posting and the event's fields (date, place) as label lines; the share row and the 'other news' list are chrome"
---
~ Bölcsészettudományi Kar
~ HU | EN
~ Kar   Intézetek   Felvételi   Kutatás   Hírek
~ Kezdőlap / Hírek / „A gép jelleme” – Kovács Eszter…
= „A gép jelleme” – Kovács Eszter előadása a Nyitott Egyetem sorozatban
~ Közzétéve: 2026. március 2.
~ Időpont: 2026. március 12. 17:00
~ Helyszín: Főépület, Díszterem
A Nyitott Egyetem sorozat márciusi előadásán Kovács Eszter nyelvész arról beszél, miért tűnik úgy, mintha a nyelvi modelleknek saját személyiségük lenne.
Az előadó szerint a modellek hangnemét nagyrészt a fejlesztők döntései alakítják. Bemutatja, milyen példákon tanulják meg a modellek az udvariasságot és a határozottságot.
Az előadást követően kötetlen beszélgetésre is sor kerül. A belépés díjtalan.
~ Megosztás: Facebook | LinkedIn | E-mail
~ További hírek
~ Új tanszékvezető a Filozófia Intézet élén
