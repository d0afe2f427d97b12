site: Czech news site (Zprávy z Vysočiny)
kind: news-article
archive_kind: article
language: cs
note: "a skip link in Czech, the site's name and menu, a breadcrumb with '›' and a date line with a Czech month under the headline; the perex (deck) ends with a full stop"
---
~ Přeskočit na obsah
~ Zprávy z Vysočiny
~ Domů
~ Zprávy
~ Kraj
~ Technologie
~ Přihlásit se
~ Zprávy › Technologie
= Školní asistent s umělou inteligencí se naučil říkat „nevím“
Gymnázium v Jihlavě upravilo chování chatbota, který pomáhá studentům s domácími úkoly.
@ Autor: Tereza Novotná
~ 12. března 2025 9:15
Chatbot, kterého škola používá od loňského září, měl podle učitelů jednu nepříjemnou vlastnost: odpovídal sebejistě i tehdy, když si nebyl jistý.
Nově má v takových případech studentům přiznat, že odpověď nezná, a doporučit jim konkrétní kapitolu v učebnici.
„Chceme, aby studenti viděli, že přiznat nejistotu není slabost,“ říká ředitel školy Pavel Dvořák.
~ Sdílet
~ Související články
~ Knihovna prodlužuje otevírací dobu
~ © Zprávy z Vysočiny
