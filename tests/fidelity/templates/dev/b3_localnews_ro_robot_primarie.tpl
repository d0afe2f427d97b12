site: "Gazeta de Bistrița"
kind: local-news
archive_kind: article
language: ro
note: "Romanian local paper: title on the first line (scrape starts at the h1), then menu, category and date; body partly iso8859_16-damaged; related list and footer"
---
= Primăria a lansat un asistent virtual cu „personalitate de funcționar răbdător”
~ Gazeta de Bistrița
~ Acasă Actualitate Administrație Sport Cultură Meteo Anunțuri
~ Actualitate
~ 24 februarie 2026, 11:40
@ Autor: Ioana Suciu
~ 1.245 vizualizări
~ Timp de citire: 2 minute
[[iso8859_16:Primăria a pus la dispoziția cetățenilor un asistent virtual care răspunde la întrebări despre taxe, autorizații și programul ghișeelor.]]
[[iso8859_16:Potrivit reprezentanților instituției, asistentul a fost configurat să vorbească „ca un funcționar răbdător, care nu se grăbește și nu trimite oamenii de la un birou la altul”.]]
Viceprimarul Dan Moldovan a spus că ideea a venit după numeroase reclamații despre cozile de la serviciul de taxe.
„Nu înlocuim oamenii de la ghișeu. Vrem doar ca lumea să știe ce acte să aducă înainte să vină”, a declarat acesta.
Ce poate face asistentul
[[iso8859_16:Explică ce documente sunt necesare pentru autorizația de construire.]]
Arată programul de lucru al fiecărui serviciu.
[[iso8859_16:Spune sincer când nu știe răspunsul și oferă numărul de telefon al primăriei.]]
Primele reacții au fost împărțite. Unii locuitori au lăudat tonul politicos, alții s-au plâns că asistentul „vorbește prea frumos pentru o primărie”.
Asistentul poate fi folosit pe site-ul instituției, de luni până vineri, între orele 8 și 20.
~ Citește și:
~ Meteo: ninsori slabe în zona montană până joi
~ Gloria Bistrița a câștigat derby-ul de sâmbătă
~ Distribuie: Facebook WhatsApp Email
~ Abonează-te la newsletter
~ Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor. Accept
~ © 2026 Gazeta de Bistrița. Toate drepturile rezervate.
