site: Romanian regional news site (Gazeta Văii)
kind: news-article
archive_kind: article
language: ro
note: "a Romanian article written right but for two quoted sentences, read as cp1250 with the bytes it does not define written U+FFFD ('mamă”' is 'mamÄ\ufffdâ€ť': the 'ă' lost, marked) and a subtitle read as cp1252; the text writes 'atât', 'cât' and 'decât' (no lost apostrophe), with both comma and cedilla letters"
---
~ Gazeta Văii
~ Acasă Actualitate Societate Cultură Sport Contact
~ Acasă › Societate
= Asistentul virtual al primăriei răspunde mai politicos decât funcționarii, spun locuitorii
[[cp1252:Un sondaj făcut în cartierul Tineretului arată cât de mult contează tonul.]]
~ 12 martie 2026, 09:14
@ de Irina Moldovan
Primăria a pus anul trecut pe site un asistent virtual care răspunde la întrebări despre taxe, gunoi și programul ghișeelor. Locuitorii spun că nu se așteptau să fie atât de răbdător.
Doamna Elena, pensionară, ne-a povestit că a întrebat de trei ori același lucru. [[cp1250/replace:„De fiecare dată mi-a răspuns frumos, ca o fată bună care își ajută mamă”]], a spus ea, zâmbind.
Alții sunt mai sceptici. Un profesor de informatică crede că politețea e doar o setare și că oamenii nu ar trebui să confunde tonul cu grija. [[cp1250/replace:„Nu știu cât ajută dacă răspunsul e greșit, oricât de blândă ar fi fraza”]], ne-a scris el.
Purtătorul de cuvânt al primăriei a precizat că asistentul nu ia decizii şi că orice cerere oficială trece tot printr-un funcţionar. Datele nu sunt păstrate mai mult decât e necesar.
~ Distribuie: Facebook WhatsApp Email
~ Citește și: Piața din centru se redeschide după renovare
~ © 2026 Gazeta Văii. Toate drepturile rezervate.
