site: "Evenimente Cluj (evenimente-cluj.ro)"
kind: event-page
archive_kind: other
language: ro
note: "Romanian event page; title after breadcrumbs and category label; 'Când/Unde/Preț' key: value lines are content; ticket and calendar buttons are chrome; description partly decoded as iso8859_16."
---
~ Evenimente Cluj
~ Acasă
~ Concerte
~ Teatru
~ Ateliere
~ Conferințe
~ Autentificare
~ Acasă / Ateliere / Tehnologie
~ ATELIER
= Atelier: Cum scrii caracterul unui asistent AI (și de ce contează)
Când: sâmbătă, 7 iunie 2025, 10:00–13:00
Unde: Casa Tranzit, str. Baia Mare 2
Preț: 60 lei (include cafea și plăcintă)
[[iso8859_16:Atelierul este pentru designeri, programatori și oricine este curios cum capătă un chatbot o personalitate. Vom lucra în grupuri mici pe exemple reale.]]
[[iso8859_16:Vom discuta despre diferența dintre ton și caracter, despre cum se testează consecvența și despre momentele în care un asistent trebuie să spună „nu știu”.]]
Fiecare participant pleacă acasă cu o fișă de caracter scrisă de el și cu un set de întrebări de test.
Atelierul este susținut de Ioana Mureșan, care a lucrat trei ani la asistentul unei rețele de biblioteci.
~ Cumpără bilet
~ Adaugă în calendar
~ Distribuie
~ 126 de persoane sunt interesate
~ Harta
~ Alte evenimente
~ Concert de jazz în grădina botanică
~ Seară de jocuri de societate
~ Abonează-te la newsletter
~ Adresa ta de e-mail
~ © 2025 Evenimente Cluj · Termeni și condiții · Politica de cookie-uri
