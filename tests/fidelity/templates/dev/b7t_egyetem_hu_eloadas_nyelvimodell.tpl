site: "University event page (Hungarian, esemenyek.example-egyetem.hu)"
kind: event-page
archive_kind: other
language: hu
note: "a university's event page: the university's name and menu, a breadcrumb, the EVENT label in capitals, the event's title (a question, then a dash and the event's type), the date and time line, the venue and the speaker as fields; the back link and the calendar buttons are chrome"
---
~ Példa Tudományegyetem
~ Kezdőlap   Oktatás   Kutatás   Hallgatóknak   Események   Kapcsolat
~ EN
~ Kezdőlap » Események » Nyilvános előadások
~ ESEMÉNY
= Van-e személyisége egy nyelvi modellnek? – nyilvános előadás
~ 2026. március 12., csütörtök, 17:00–18:30
~ Helyszín: Bölcsészettudományi Kar, 105-ös előadó
@ Előadó: Dr. Kovács Eszter, egyetemi docens
Mit értünk azon, hogy egy mesterséges intelligencia „kedves” vagy „szigorú”? Az előadás azt járja körül, honnan származik a nyelvi modellek jellegzetes hangja.
Szó lesz arról, hogyan alakítják a fejlesztők a modellek viselkedését, és miért válaszol ugyanaz a modell másként egy orvosi és egy hétköznapi kérdésre.
Az előadás után kérdezni is lehet. A részvétel ingyenes, de regisztrációhoz kötött.
~ Regisztráció
~ Hozzáadás a naptárhoz: Google · iCal
~ Vissza az eseményekhez
~ © 2026 Példa Tudományegyetem · Adatvédelem · Akadálymentesség
