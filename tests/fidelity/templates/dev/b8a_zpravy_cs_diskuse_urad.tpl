site: Czech regional news site (Deník Vysočiny)
kind: news-article
archive_kind: article
language: cs
title: Úřad zkouší chatbota, který umí říct „nevím“
note: "a Czech news article: the date and reading time, the share row, the tags, the 'related' and 'most read' lists, the discussion's furniture (count, sort, each post's date and reply/vote buttons, the form), the newsletter box and the footer"
---
~ Deník Vysočiny
= Úřad zkouší chatbota, který umí říct „nevím“
~ 6. prosince 2026 9:30
~ Čtení na 3 minuty
Městský úřad v Jihlavě spustil na svém webu zkušební verzi chatbota. Odpovídá na dotazy o poplatcích, otevírací době a tříděném odpadu.
Podle mluvčí úřadu byl nejtěžší úkol naučit ho přiznat, když odpověď nezná. V takovém případě předá dotaz úředníkovi.
Lidé si zatím chválí hlavně klidný tón. Někteří ale upozorňují, že bot je příliš opatrný a odkazuje na úředníky i u jednoduchých otázek.
~ Sdílet
~ Facebook
~ X
~ E-mail
~ Témata: Jihlava, úřad, umělá inteligence
~ Související články
~ Včelaři na Vysočině hlásí rekordní medný rok
~ Nová cyklostezka spojí Jihlavu s Třešští
~ Nejčtenější
~ 1. Zdražení jízdného od ledna
~ 2. Sněhová kalamita na D1
~ 3. Vánoční trhy začínají v pátek
~ Diskuse (3)
~ Řadit: Nejnovější
@ Jana K.
~ 6. 12. 2026 10:12
Konečně úřad, který nepředstírá, že ví všechno.
~ Odpovědět
~ 👍 12 👎 1
@ Pavel
~ 6. 12. 2026 11:40
Zkoušel jsem se ho zeptat na psí poplatek a poradil dobře.
~ Odpovědět
~ 👍 4 👎 0
~ Přidat komentář
~ Pro vstup do diskuse se musíte přihlásit.
~ Odebírejte náš newsletter
~ Zadejte svůj e-mail
~ Odebírat
~ O nás
~ Kontakty
~ Reklama
~ © 2026 Deník Vysočiny. Všechna práva vyhrazena.
