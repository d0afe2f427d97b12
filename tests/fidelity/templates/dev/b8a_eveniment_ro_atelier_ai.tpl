site: Romanian cultural centre's event page (Casa Albinelor)
kind: event-page
archive_kind: article
language: ro
title: Atelier – Ce personalitate ar trebui să aibă un asistent?
note: "a Romanian event page: the practical fields (date, time, place, price, organiser) with their labels, the calendar and share buttons, the registration button, 'other events' with their dates and the footer"
---
~ Casa Albinelor
~ Evenimente
= Atelier – Ce personalitate ar trebui să aibă un asistent?
~ Data: sâmbătă, 12 decembrie 2026
~ Ora: 11:00 – 13:00
~ Locația: Sala mare, strada Florilor 0, Cluj-Napoca
~ Intrare: gratuită, cu înscriere
~ Organizator: Asociația Casa Albinelor
~ Adaugă în calendar
~ Distribuie
Vă invităm la un atelier despre caracterul asistenților conversaționali. Vom discuta de ce unii par calzi și sinceri, iar alții doar politicoși.
Participanții vor scrie împreună o scurtă descriere a unui asistent pentru biblioteca cartierului și o vor testa pe loc.
Nu este nevoie de cunoștințe tehnice. Aduceți un laptop dacă aveți.
~ Înscrie-te
~ Locuri disponibile: 8
~ Alte evenimente
~ Seară de poezie și ceai
~ 15 decembrie 2026
~ Reparăm biciclete împreună
~ 19 decembrie 2026
~ Înapoi la evenimente
~ © 2026 Casa Albinelor. Toate drepturile rezervate.
