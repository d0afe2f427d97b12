site: "ELTE kurzusjegyzet (kurzus.inf.example.hu)"
kind: lecture-notes
archive_kind: other
language: hu
note: "Hungarian lecture notes; course name and lecture number above the title; prev/contents/next rows chrome; a numbered list and a 'Megjegyzés:' line are content; one scrape duplicate."
---
~ ELTE Informatikai Kar
~ Kurzusok
~ Órarend
~ Bejelentkezés
~ Kurzusok › Gépi tanulás és társadalom › Jegyzetek
~ Gépi tanulás és társadalom — 2024/25 tavasz
~ « Előző | Tartalom | Következő »
~ 7. előadás
= Modellek személyisége: mérhető-e, és kinek a felelőssége?
Az előző órán a nyelvi modellek betanításának lépéseit néztük át. Ma azt vizsgáljuk, honnan ered az, amit a felhasználók a modell „személyiségének” neveznek.
A személyiség itt viselkedési mintázatot jelent: milyen gyakran kérdez vissza a modell, mennyire magabiztos, hogyan reagál, ha hibát követ el.
Három forrást különböztetünk meg:
1. az előtanítás szövegeit,
2. az utólagos finomhangolás példáit,
3. a rendszerüzenetet, amelyet az üzemeltető ír.
Fontos, hogy a harmadik forrás a leggyengébb, mégis ezt látja a legtöbb ember.
Megjegyzés: a következő órára olvassák el a kiadott cikk első két fejezetét.
A mérésről röviden: ugyanazt a kérdéssort több százszor tesszük fel, különböző megfogalmazásokkal, és azt nézzük, mennyire szór a válaszok hangneme.
+^
Egy példa a táblán: ha a modell tíz hasonló kérdésre hétszer kér elnézést és háromszor nem, akkor a bocsánatkérés nem stabil vonás, hanem a megfogalmazástól függ.
A felelősség kérdése ezért nem egyszerű. Az előtanítás adatait senki sem választja ki mondatonként, a finomhangolás példáit viszont igen.
Kérdés a hallgatóságból: van-e értelme „jó” személyiségről beszélni?
Válasz: inkább megbízhatóról beszéljünk. Egy megbízható modell ugyanarra a helyzetre hasonlóan reagál, és őszintén jelzi, ha bizonytalan.
Házi feladat: írjanak egy egyoldalas karakterleírást egy könyvtári asszisztensnek, és soroljanak fel öt tesztkérdést hozzá.
~ « Előző | Tartalom | Következő »
~ Utolsó módosítás: 2025. március 18.
~ Nyomtatható változat
~ A jegyzet a hallgatók saját használatára készült.
~ Kapcsolat: oktato@inf.example.hu
