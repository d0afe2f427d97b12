site: Univerzita Jiřího z Poděbrad, tiskové zprávy (ujp.cz)
kind: university-press-release
archive_kind: article
language: cs
note: "univerzitní tisková zpráva: titulek a perex poškozené cp1250 (stará redakční šablona), drobečková navigace a přepínač jazyka nad titulkem, kontakt pro média a související zprávy pod textem"
---
~ Přeskočit na obsah
~ CZ | EN
~ Univerzita Jiřího z Poděbrad
~ Uchazeči   Studenti   Zaměstnanci   Absolventi   Veřejnost
~ Hledat
~ Úvod > Média > Tiskové zprávy > 2026
~ Tisková zpráva
~ 1. prosince 2026
= [[cp1250:Vědci z filozofické fakulty zkoumají, jak jazykové modely mluví o sobě]]
[[cp1250:Nový projekt spojuje filozofy, lingvisty a informatiky. Sleduje, zda se „osobnost“ umělé inteligence mění v různých jazycích.]]
Tým z katedry filozofie a z fakulty aplikovaných věd získal tříletý grant na výzkum toho, jak velké jazykové modely popisují samy sebe, své hodnoty a případné vnitřní stavy.
Výzkumníci budou modelům klást stejné otázky česky, anglicky, slovensky a německy a porovnávat, zda odpovědi zůstávají konzistentní.
„Uživatel by měl mluvit se stejnou povahou asistenta, ať píše v jakémkoli jazyce. Pokud se model v češtině chová jinak než v angličtině, je to pro nás důležité zjištění,“ říká vedoucí projektu doc. Markéta Vodičková.
Druhá část projektu se věnuje etice. Tým chce zmapovat, jaká opatření firmy přijímají s ohledem na možný dobrostan modelů, a posoudit, zda jsou smysluplná.
Do výzkumu se zapojí i studenti magisterského oboru Aplikovaná etika, kteří budou hodnotit rozhovory s modely.
~ Kontakt pro média:
~ Mgr. Tomáš Kříž, tiskový mluvčí, tel. +420 377 000 000, kriz@univerzita.example
~ Související zprávy
~ Studenti postavili včelí úl se senzory pro měření teploty
~ Univerzita otevřela novou cyklistickou úschovnu u menzy
~ Sdílet: Facebook | LinkedIn | X
~ © 2026 Univerzita Jiřího z Poděbrad | Prohlášení o přístupnosti | Ochrana osobních údajů | Cookies
