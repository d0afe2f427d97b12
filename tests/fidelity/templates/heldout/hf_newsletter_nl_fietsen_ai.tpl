site: "Nieuwsbrief (webversie, trapwerk.example.nl)"
kind: email-newsletter
archive_kind: blog-post
language: nl
title: "Trapwerk #58: De assistent die niet wil vleien"
note: "Dutch newsletter web view: 'view in browser' and preheader lines, masthead, issue title, greeting and sections (content), sponsor block, forward/unsubscribe and address footer."
---
~ Bekijk deze e-mail in je browser
~ Deze week: fietsen in de regen en een eerlijke chatbot
~ TRAPWERK
~ Wekelijkse nieuwsbrief over fietsen, techniek en alles daartussen
= Trapwerk #58: De assistent die niet wil vleien
~ Zondag 15 maart 2026 · 4 minuten lezen
Hallo allemaal,
Deze week kreeg ik een mail van een lezer die zijn fietsenwinkel een chatbot heeft gegeven. Hij had één eis: de bot mag klanten nooit een fiets aanpraten die niet bij ze past.
Dat klinkt vanzelfsprekend, maar veel assistenten zijn gebouwd om behulpzaam en vriendelijk te zijn, en dat slaat makkelijk door naar vleien.
Zijn oplossing was eenvoudig. Hij beschreef het karakter van de bot als dat van zijn beste monteur: eerlijk, een beetje droog en altijd nieuwsgierig naar hoe iemand fietst.
Volgens hem komen er nu minder fietsen terug, omdat klanten vaker een model kopen dat ze echt gebruiken.
Tip van de week
Controleer je bandenspanning na een koude nacht. Een paar graden verschil merk je meteen in de bocht.
Tot volgende week,
Joris
~ Deze editie wordt mede mogelijk gemaakt door Kettingvet Noord. Gebruik code TRAPWERK voor 10% korting.
~ Stuur deze nieuwsbrief door naar een vriend
~ Je ontvangt deze e-mail omdat je je hebt aangemeld op trapwerk.example.nl.
~ Afmelden · Voorkeuren wijzigen
~ Trapwerk, Postbus 123, 3500 AA Utrecht
