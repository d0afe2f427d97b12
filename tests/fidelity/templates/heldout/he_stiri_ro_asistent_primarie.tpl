site: Gazeta de Vâlcea (gazetavalcea.ro)
kind: local-news
archive_kind: article
language: ro
note: "Ziar local: rând cu data și cursul valutar deasupra siglei, meniu, categorie deasupra titlului, semnătură și număr de vizualizări, listă 'Citește și', comentarii în care două au fost salvate de un CMS vechi în cp1250 cu '?' (qmark)."
---
~ Duminică, 22 noiembrie 2026
~ EUR 4,97 | USD 4,61
~ Gazeta de Vâlcea
~ Cotidian independent al județului Vâlcea
~ Actualitate
~ Administrație
~ Economie
~ Sport
~ Cultură
~ Anunțuri
~ Administrație
= Primăria Râmnicu Vâlcea își schimbă asistentul virtual după plângerile pensionarilor
@ de Andreea Stoica
~ 21 noiembrie 2026, 17:32
~ 1.248 vizualizări
Asistentul virtual de pe site-ul primăriei, lansat în primăvară pentru întrebări despre taxe și programări, va primi o „personalitate” nouă până la sfârșitul anului, au anunțat reprezentanții instituției.
Potrivit primăriei, mai mulți vârstnici s-au plâns că programul vorbea „prea familiar” și folosea glume care nu își aveau locul. „Un domn ne-a spus că a întrebat cum plătește impozitul pe casă și a primit un răspuns cu emoticoane”, a explicat purtătorul de cuvânt, Mihai Dobrescu.
Noua versiune va fi instruită să fie politicoasă, clară și să recunoască atunci când nu știe un răspuns, trimițând cetățeanul la ghișeu. Furnizorul a precizat că textul care descrie caracterul asistentului va fi publicat pe site, pentru ca oricine să-l poată citi.
Asistentul a răspuns până acum la aproximativ 14.000 de întrebări. Cele mai frecvente au fost despre programul de vară al ștrandului și despre colectarea deșeurilor voluminoase.
~ Distribuie pe Facebook
~ Distribuie pe WhatsApp
~ Citește și
~ Târgul de Crăciun se deschide vineri în Piața Mircea cel Bătrân
~ Drumul spre Călimănești, închis parțial pentru lucrări
~ Brutăria din Ostroveni care face pâine cu maia de 40 de ani
~ Comentarii (3)
@ [[cp1250/qmark:Gheorghe Țurcanu]]
~ 21.11.2026 la 18:05
[[cp1250/qmark:Bine că l-au schimbat. Eu am vrut să aflu cât plătesc și mi-a urat „o zi minunată” de trei ori.]]
@ Ileana
~ 21.11.2026 la 19:40
Mie îmi plăcea că era vesel, dar e adevărat că la taxe nu ai chef de glume.
@ [[cp1250/qmark:Dorin din Ostroveni]]
~ 22.11.2026 la 08:12
[[cp1250/qmark:Să publice și cât a costat. Pâinea de la brutărie e mai ieftină și mai sinceră.]]
~ Adaugă un comentariu
~ Comentariile sunt moderate. Redacția nu răspunde pentru opiniile cititorilor.
~ © 2026 Gazeta de Vâlcea. Toate drepturile rezervate. | Contact | Publicitate | Politica de confidențialitate
~ Acest site folosește cookie-uri. Sunt de acord
