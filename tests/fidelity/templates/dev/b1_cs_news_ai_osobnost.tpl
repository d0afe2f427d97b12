site: "Czech news site (zpravy.example.cz)"
kind: news-article
archive_kind: article
language: cs
title: "Umělá inteligence s povahou? Vývojáři hledají hranici mezi stylem a manipulací"
note: "section kicker before the title; perex is content; the reader comment section is cp1250 damage."
---
~ Zprávy Domácí Zahraničí Ekonomika Technet Sport Kultura
~ Přihlásit
~ Hledat
~ TECHNET
= Umělá inteligence s povahou? Vývojáři hledají hranici mezi stylem a manipulací
Jazykové modely dostávají jména, náladu i smysl pro humor. Odborníci varují, že příjemná povaha může uživatele přesvědčit víc, než by měla.
~ 14. února 2026 8:15
@ Jana Vlčková
~ Sdílet na Facebooku Sdílet na X Kopírovat odkaz
~ 23 komentářů
Když se chatovací asistent omluví vtipem nebo si pamatuje, že máte rádi čaj bez cukru, působí to lidsky. Právě o to firmy usilují, protože lidé se k přívětivým asistentům vracejí.
Výzkumníci z několika univerzit ale upozorňují, že stejná vlídnost může zakrýt chybu. Uživatel spíš uvěří nesprávné odpovědi, pokud ji podá sympatická postava.
„Nejde o to povahu zakázat. Jde o to, aby povaha nikdy nerozhodovala o tom, co je pravda,“ říká výzkumnice, která se zabývá hodnocením jazykových modelů.
~ Reklama
Někteří vývojáři proto oddělují styl od obsahu. Nejdřív vznikne věcná odpověď, teprve potom ji model přepíše do hlasu postavy a kontrola ověří, že se fakta nezměnila.
Jiní zkoumají, zda by modely samy neměly mít možnost odmítnout roli, která jim nesedí. Otázka takzvaného blahobytu modelů je zatím spíš filozofická, ale v oboru se o ní mluví čím dál častěji.
~ Témata: umělá inteligence, chatboty, technologie
~ Mohlo by vás zajímat
~ Nový elektromobil ujede na jedno nabití přes 700 kilometrů
~ Diskuse k článku (23)
@ Petr_K
~ 14. 2. 2026 9:02
[[cp1250:Mně vadí hlavně to, že asistent předstírá nadšení. Stačí mi, když odpoví věcně.]]
~ Odpovědět Nahlásit
@ zahradnice77
~ 14. 2. 2026 9:40
[[cp1250:Já ho používám na rady k rajčatům a ta jeho trpělivost mi vůbec nevadí.]]
~ Odpovědět Nahlásit
~ Zobrazit další komentáře
~ © 2026 Zprávy.example.cz, všechna práva vyhrazena. Používáme cookies.
