site: Dutch e-mail newsletter, web copy (De Fietsbrief)
kind: newsletter
archive_kind: blog-post
language: nl
title: Mag een chatbot twijfelen?
note: "a Dutch e-mail newsletter as its web copy: the view-in-browser line, the issue line, the letter, then the footer: forward, why you receive it, unsubscribe and preferences, the address"
---
~ Bekijk deze e-mail in je browser
~ De Fietsbrief · editie 37 · 4 december 2026
= Mag een chatbot twijfelen?
Hoi fietsvrienden,
Deze week vroeg ik een chatbot welke band ik onder mijn oude stadsfiets moest leggen. Het antwoord begon met: ik weet het niet zeker, want ik ken je velg niet.
Eerst vond ik dat irritant. Later bedacht ik dat de man in de fietsenwinkel precies hetzelfde zegt, en dat ik hem daarom vertrouw.
Volgende week schrijf ik over winterbanden en over de vraag of een assistent een eigen karakter mag hebben.
Groet, Mirjam
~ Doorgestuurd gekregen? Meld je hier aan.
~ Stuur deze nieuwsbrief door naar een vriend
~ Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Fietsbrief.
~ Afmelden · Voorkeuren aanpassen
~ De Fietsbrief, Spaakstraat 0, 3511 AB Utrecht
