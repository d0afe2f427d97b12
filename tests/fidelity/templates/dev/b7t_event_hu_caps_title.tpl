site: "University department's events (Hungarian)"
kind: event-page
archive_kind: other
language: hu
note: "a department's event page with the date block above the title (day, month, time on separate lines), the event type as a label, the title typed in capitals (kept as typed), the speaker and place as field lines; the 'back to the calendar' link is chrome"
---
~ Kommunikációtudományi Tanszék
~ Hírek   Események   Oktatók   Kapcsolat
~ 12
~ MÁRC
~ 17:00
~ Előadás
= UDVARIAS GÉPEK: MIT TANULNAK A NYELVI MODELLEK A KEDVESSÉGRŐL?
~ Előadó: Szabó Márton
~ Helyszín: B épület, 214-es terem
A nyelvi modellek gyakran bocsánatot kérnek, dicsérik a kérdést, és kerülik az egyenes nemet. Az előadás azt vizsgálja, honnan tanulják ezt a viselkedést.
Szabó Márton saját kísérleteinek eredményeit mutatja be, amelyekben ugyanazt a kérést különböző hangnemben fogalmazták meg.
Az előadás nyilvános, előzetes regisztráció nem szükséges.
~ Vissza a naptárhoz
