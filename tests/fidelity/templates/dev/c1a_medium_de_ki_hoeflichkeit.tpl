site: "Blogging platform in the Medium style (schreiben.example.de)"
kind: blog-post
archive_kind: blog-post
language: de
title: "Warum mein Chatbot aufgehört hat, sich zu entschuldigen"
note: "a German post on a Medium-like platform: the 'Open in app' bar, sign-up prompts, author line with 'Folgen', reading time and date, the clap/comment counters and save/share/listen row above and below, member-only star, the author's card with follower count, 'Mehr von' list, recommendations and footer."
---
~ In App öffnen
~ Registrieren
~ Anmelden
~ Schreiben
~ Mitglieder-Story
= Warum mein Chatbot aufgehört hat, sich zu entschuldigen
Eine kleine Änderung im Systemprompt und was sie über Höflichkeit verrät.
@ Anja Voigt
~ Folgen
~ 6 Min. Lesezeit
~ 2. Dez. 2026
~ 214
~ 7
~ Speichern
~ Anhören
~ Teilen
Vor ein paar Monaten habe ich einen kleinen Chatbot für unseren Fahrradladen gebaut. Er beantwortete Fragen zu Reparaturen und Öffnungszeiten.
Das Problem war nicht, dass er falsche Antworten gab. Das Problem war, dass er sich ständig entschuldigte.
Jede zweite Antwort begann mit einer Entschuldigung, auch wenn niemand etwas falsch gemacht hatte.
Ich habe daraufhin eine Zeile im Systemprompt geändert: Entschuldige dich nur, wenn du tatsächlich einen Fehler gemacht hast.
Die Antworten wurden kürzer und, überraschenderweise, wirkten sie freundlicher. Kunden schrieben, der Bot klinge jetzt wie jemand, der sich auskennt.
Was ich daraus gelernt habe: Höflichkeit ist nicht dasselbe wie Unterwürfigkeit, bei Menschen nicht und bei Sprachmodellen auch nicht.
~ KI
~ Chatbots
~ Kundenservice
~ 214
~ 7
~ Speichern
~ Teilen
~ Geschrieben von Anja Voigt
~ 1,2K Follower
~ Betreibt einen Fahrradladen in Kassel und schreibt über kleine Technik im Alltag.
~ Folgen
~ Mehr von Anja Voigt
~ Schlauchlos fahren: ein Jahr später
~ Empfohlen von Schreiben
~ Die stille Arbeit der Bewertungsdaten
~ Hilfe Status Über uns Karriere Datenschutz Bedingungen
