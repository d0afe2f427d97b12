site: "Regionálne správy Orava (oravaspravy.example.sk)"
kind: "news-article"
archive_kind: "article"
language: "sk"
note: "Slovak local news article; kicker above the headline, perex is content; photo credit, ad break and related-article chrome."
---
~ Oravské správy
~ Správy   Šport   Kultúra   Počasie   Inzercia
~ Dolný Kubín › Doprava
~ CYKLISTIKA
= Nová cyklotrasa pri Orave: chatbot radí cyklistom aj turistom
Mesto spustilo na novej cyklotrase digitálneho sprievodcu, ktorý odpovedá na otázky o trase, počasí a občerstvení.
@ Autor: Peter Kováč
~ 3. marca 2026, 8:15 · Čítanie na 3 minúty
~ Foto: Mesto Dolný Kubín
Trasa dlhá dvadsaťdva kilometrov vedie popri rieke Orava až k Oravskému Podzámku.
Cyklisti sa môžu sprievodcu pýtať cez mobil, a to po slovensky, poľsky aj anglicky.
Podľa radnice má sprievodca zámerne pokojnú a zdvorilú povahu, aby neodvádzal pozornosť na ceste.
~ Reklama
~ Pokračovanie článku pod reklamou
Prvé skúsenosti sú zatiaľ pozitívne, hoci niektorí cyklisti by privítali viac humoru.
„Keď som sa ho spýtal na najlepšiu bryndzu, odporučil mi tri salaše a pripomenul, aby som nezabudol na prilbu,“ povedal miestny cyklista Ján.
Mesto plánuje sprievodcu rozšíriť aj na zimné bežkárske trate.
Na trase pribudnú aj tri nové odpočívadlá so stojanmi na bicykle.
Radnica zároveň pripomína, že sprievodca nenahrádza značenie ani zdravý rozum.
Otváranie sezóny je naplánované na prvú aprílovú sobotu.
~ Zdieľať: Facebook · X · E-mail
~ Súvisiace články
~ Oravský hrad láka na jarné prehliadky
~ Most v Tvrdošíne bude mesiac uzavretý
~ Komentáre (0) · Diskusia je uzavretá
~ © 2026 Oravské správy, všetky práva vyhradené
