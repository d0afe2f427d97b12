site: Maskinrummet – nyhedsbrev (maskinrummet.dk)
kind: newsletter
archive_kind: article
language: da
title: "Maskinrummet #48: Når assistenten siger nej"
note: "Nyhedsbrev i webvisning: 'Se i browseren'-linje og udgavenummer over titlen, hilsen og afsnit med mellemrubrikker som indhold, linkliste med egne beskrivelser som indhold, afmeldings- og adressefod som chrome."
---
~ Kan du ikke se nyhedsbrevet korrekt? Se det i din browser.
~ MASKINRUMMET
~ Ugentligt om kunstig intelligens – på dansk og uden hype
~ Udgave 48 · 27. november 2026
= Maskinrummet #48: Når assistenten siger nej
@ Af Mette Holm
Kære læser,
I denne uge har jeg tænkt meget over, hvad det vil sige, at en chatbot har en personlighed. Ikke fordi jeg tror, den har følelser, men fordi jeg opdagede, at jeg opfører mig pænere over for den, der siger "det ved jeg ikke", end over for den, der altid har et svar.
Ugens emne: karakter som sikkerhed
Flere af de store udviklere beskriver nu deres modellers karakter i lange, offentlige dokumenter. Pointen er ikke reklame. En assistent med stabile værdier er lettere at forudsige, og det er lettere at opdage, når noget er gået galt, hvis man ved, hvordan den plejer at opføre sig.
Det svære er at skrive værdierne, så de holder i en lang samtale. En model, der er "venlig" på side ét, ender let med at give brugeren ret i alt på side tyve. Derfor tester flere hold nu, om modellen stadig siger nej til noget urimeligt efter halvtreds beskeder.
Tre links, jeg har læst
En god gennemgang af, hvorfor smiger er et teknisk problem og ikke kun et høflighedsproblem.
Et interview med en forsker, der mener, at spørgsmålet om modellernes velfærd bør tages alvorligt nu, netop fordi vi ikke kender svaret.
En opskrift på rugbrød, som min kollega insisterede på, at jeg skulle dele. Den er virkelig god.
Fra postkassen
En læser fra Aarhus skriver, at hendes stemmeassistent begyndte at sige "jeg er ikke sikker" efter en opdatering, og at hendes far nu stoler mere på den. Det synes jeg er en fin lille pointe at slutte af med.
Vi ses næste torsdag.
Mette
~ Del Maskinrummet med en kollega: Videresend
~ Du modtager denne e-mail, fordi du har tilmeldt dig Maskinrummet.
~ Afmeld | Opdater dine præferencer
~ Maskinrummet ApS · Nørrebrogade 112 · 2200 København N
