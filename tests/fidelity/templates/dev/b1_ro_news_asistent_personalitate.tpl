site: "Romanian news site (stiri.example.ro)"
kind: news-article
archive_kind: article
language: ro
title: "Asistenții virtuali primesc „personalitate”. Ce înseamnă asta pentru utilizatori"
note: "browser title line first, then the menu and the headline again (duplicate); the comment section is iso8859_16 damaged; \"Citește și\" related links are chrome."
---
= Asistenții virtuali primesc „personalitate”. Ce înseamnă asta pentru utilizatori - Știri Example
~ Acasă Actualitate Economie Tehnologie Sport Opinii
~ Abonează-te
~ Acest site folosește cookie-uri. Accept Setări
~ Tehnologie
+ Asistenții virtuali primesc „personalitate”. Ce înseamnă asta pentru utilizatori
@ de Andrei Popescu
~ 22 ianuarie 2026, 14:20
~ 4 minute de citit
Tot mai multe companii dau asistenților virtuali un nume, un ton și chiar o poveste. Scopul declarat este ca oamenii să se simtă mai în largul lor când cer ajutor.
Cercetătorii spun însă că o personalitate bine construită trebuie să rămână aceeași și atunci când utilizatorul insistă să audă altceva decât adevărul.
„Un asistent care se schimbă după cum bate vântul nu are personalitate, are doar o mască”, explică o specialistă în etica tehnologiei.
~ Citește și: Cum alegi o bicicletă de oraș pentru navetă
Unele echipe testează asistenții cu sute de conversații dificile și verifică dacă tonul și valorile rămân stabile. Rezultatele sunt publicate tot mai des, ceea ce ajută utilizatorii să compare produsele.
+ Cercetătorii spun însă că o personalitate bine construită trebuie să rămână aceeași și atunci când utilizatorul insistă să audă altceva decât adevărul.
Întrebarea dacă modelele ar putea avea ele însele ceva de câștigat sau de pierdut rămâne deschisă, dar apare tot mai des în discuțiile dintre specialiști.
~ Etichete: inteligență artificială, tehnologie, etică
~ Distribuie: Facebook WhatsApp Email
~ Comentarii (2)
@ Mihai_C
[[iso8859_16:Mie îmi place când asistentul recunoaște că nu știe. Asta înseamnă încredere.]]
~ Răspunde
@ Ioana.R
[[iso8859_16:Personalitatea e în regulă, dar să nu încerce să mă convingă să cumpăr ceva.]]
~ Răspunde
~ © 2026 Știri Example. Toate drepturile rezervate.
