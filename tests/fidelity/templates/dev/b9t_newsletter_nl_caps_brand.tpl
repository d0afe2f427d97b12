site: "De Theepot (a Dutch newsletter, e-mail copy)"
kind: newsletter
archive_kind: article
language: nl
title: "Waarom onze chatbot geen grapjes meer maakt"
note: "a Dutch newsletter as an e-mail: the view-in-browser line, the issue's number and month, the brand in capitals, the headline, the greeting (content), the text, the sign-off; the unsubscribe lines and the address are chrome"
---
~ Bekijk deze e-mail in je browser
~ Nieuwsbrief #48 | december 2026
~ DE THEEPOT
= Waarom onze chatbot geen grapjes meer maakt
Hoi lezer,
Een maand geleden vroegen we jullie wat je van de grapjes van onze theechatbot vond. Bijna driehonderd mensen antwoordden.
De meesten vonden één grapje per gesprek prima, maar niet bij een vraag over een bestelling die te laat was.
We hebben de chatbot daarom geleerd eerst te kijken waar een vraag over gaat. Bij klachten blijft hij nu serieus.
Dank voor het meedenken!
Femke
~ Je ontvangt deze e-mail omdat je je hebt aangemeld op onze website.
~ Afmelden | Voorkeuren wijzigen
~ De Theepot, Lindengracht 12, Amsterdam
