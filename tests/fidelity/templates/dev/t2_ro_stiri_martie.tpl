site: Romanian news site (Gazeta de Cluj)
kind: news-article
archive_kind: article
language: ro
note: "the site's name and menu, a date line with a Romanian weekday and month above the section and headline; the lead ends with a full stop; author and date under it"
---
~ Gazeta de Cluj
~ Marți, 4 martie 2025
~ Acasă
~ Actualitate
~ Economie
~ Tehnologie
~ Sport
~ Tehnologie
= Biblioteca județeană și-a învățat asistentul virtual să vorbească mai cald
Un proiect pilot a schimbat tonul chatbotului care răspunde cititorilor, după ce mulți l-au găsit prea rece.
@ de Ana Moldovan
~ 4 martie 2025, 09:20
Asistentul a fost introdus anul trecut pentru a răspunde la întrebări despre program, împrumuturi și evenimente.
Sondajele au arătat însă că mulți cititori, mai ales cei în vârstă, îl considerau distant. Bibliotecarii au rescris instrucțiunile, cerându-i să salute și să ofere ajutor suplimentar.
„Nu ne dorim un prieten virtual, ci un ghișeu amabil”, a explicat directoarea bibliotecii.
~ Citește și
~ Noul parc din Gheorgheni se deschide în aprilie
~ Distribuie
