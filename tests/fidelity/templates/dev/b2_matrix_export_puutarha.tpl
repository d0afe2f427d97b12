site: "Matrix (Element-keskusteluvienti, #puutarhurit:matrix.example.fi)"
kind: "chat-export"
archive_kind: "social-thread"
language: "fi"
note: "Element/Matrix export in Finnish; no title; join/leave events and read receipts are chrome; an emoji-only message is content."
---
~ Puutarhurit
~ #puutarhurit:matrix.example.fi
~ Viety 2.3.2026 klo 21.04
~ Tämä on keskustelun alku.
~ anniina liittyi huoneeseen
@ anniina  18.02
Hei kaikki! Kylvin tomaatit eilen ja nyt mietin, milloin ne pitäisi koulia.
@ Pekka K.  18.05
Yleensä silloin, kun ensimmäiset kasvulehdet ovat kunnolla auki.
Meillä se on ollut noin kolmen viikon kohdalla.
~ Lukenut: anniina, Jussi
@ Jussi  18.11
Kysyin samaa keskustelevalta tekoälyltä, ja se vastasi melkein samoin kuin Pekka.
Se tosin lisäsi, että se ei tunne minun ikkunalautani valoa, mikä oli hauskan rehellistä.
@ anniina  18.12
😄🍅
@ Pekka K.  18.20
Tekoäly on oikeassa siinä, valo ratkaisee enemmän kuin päivämäärä.
Jos taimet venyvät pitkiksi ja hoikiksi, valoa on liian vähän.
~ Pekka K. muokkasi viestiä
@ anniina  18.24
Kiitos, laitan kasvivalon päälle jo tänään.
@ Jussi  18.30
Muista sitten myös tuuletin, niin varret vahvistuvat.
~ Jussi poistui huoneesta
~ Viennin loppu
