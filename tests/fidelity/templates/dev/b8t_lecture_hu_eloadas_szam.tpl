site: Hungarian university course page (lecture notes)
kind: lecture-notes
archive_kind: other
language: hu
title: "Gépi személyiség"
note: "a lecture's page: the course's name, the lecture's number ('5. előadás') over its two-word title, the lecturer's field and the date under it; the outline's numbered lines are content"
---
~ Kezdőlap
~ Kurzusok
~ Mesterséges intelligencia etikája
~ 5. előadás
= Gépi személyiség
~ Előadó: dr. Kovács Márta
~ 2026. március 4.
Az előadás azt vizsgálja, van-e értelme gépi személyiségről beszélni, ha egy nyelvi modellnek állandó stílusa van.
Vázlat
1. A stílus és a jellem különbsége
2. Hogyan mérhető a következetesség?
3. Etikai kérdések: szabad-e barátságosnak tervezni egy gépet?
~ Letöltés (PDF)
~ Vissza a kurzushoz
