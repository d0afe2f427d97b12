site: Romanian news portal (Știri Zilnice-style, stirizilnice.ro)
kind: news-article
archive_kind: article
language: ro
note: Romanian news - cookie banner with its buttons, menu, breadcrumb, headline and deck stored through a cp1250 decode of their UTF-8 bytes (ș/ț damaged, partial damage), author and date lines, 'Citește și' inside the body, a body sentence containing 'Abonează-te' (a menu word) that must stay, tags, share row, comment count and footer
---
~ Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.
~ Accept toate Setări cookie
~ Știri Zilnice
~ Actualitate Politică Economie Tech Sănătate Sport Abonează-te
~ Acasă > Tech > Inteligență artificială
= [[cp1250:Asistentul virtual care o învață pe bunica să folosească telefonul]]
[[cp1250:Un program pilot din Cluj testează un asistent vocal răbdător, gândit pentru persoanele în vârstă.]]
@ de Andreea Popescu
~ 1 decembrie 2026, 09:30
~ Actualizat: 1 decembrie 2026, 11:05
Proiectul a pornit de la o întrebare simplă: de ce renunță vârstnicii la telefoanele inteligente după câteva săptămâni?
Răspunsul cercetătorilor a fost că instrucțiunile sunt prea rapide și prea tehnice. Asistentul vocal le explică fiecare pas de mai multe ori, fără grabă.
~ Citește și: Cum să-ți protejezi datele când folosești un chatbot
O participantă de 78 de ani a povestit că a învățat singură să apese „Abonează-te” la canalul nepotului, după ce asistentul i-a arătat butonul de trei ori.
Organizatorii spun că asistentul nu pretinde niciodată că este om și le amintește utilizatorilor să ceară ajutor și familiei.
~ Etichete: asistent vocal, vârstnici, Cluj
~ Distribuie Facebook WhatsApp Copiază linkul
~ 5 comentarii
~ Despre noi | Contact | Politica de confidențialitate | Termeni și condiții
~ © 2026 Știri Zilnice. Toate drepturile rezervate.
