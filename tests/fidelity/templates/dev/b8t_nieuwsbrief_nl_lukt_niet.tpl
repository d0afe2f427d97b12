site: Dutch e-mail newsletter (web version)
kind: newsletter
archive_kind: other
language: nl
title: "Fietsen met AI"
note: "a newsletter's web view: the 'cannot read this e-mail? view it in your browser' notice in Dutch first, the newsletter's name and its issue line, then the issue's headline and a salutation; the why-you-get-this note and the unsubscribe link are chrome"
---
~ Lukt het niet om deze e-mail te lezen? Bekijk hem in je browser.
~ Trapperbrief
~ Nummer 14 · 4 maart 2026
= Fietsen met AI
Hoi fietsvrienden,
Deze week vroeg ik een chatbot om een route langs de rivier. Hij stelde drie vragen voordat hij iets voorstelde, en dat was eigenlijk prettig.
De route was goed, al stuurde hij me over een brug die al twee jaar dicht is.
Tot volgende week,
Sanne
~ Je ontvangt deze e-mail omdat je je hebt aangemeld voor de Trapperbrief.
~ Afmelden
