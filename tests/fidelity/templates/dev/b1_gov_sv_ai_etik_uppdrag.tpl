site: "Swedish government press page (regeringen.example.se)"
kind: government-press-release
archive_kind: article
language: sv
title: "Regeringen ger uppdrag om AI-assistenters personlighet och tillförlitlighet"
note: "government press release; the type label \"Pressmeddelande\" and the date sit above the title; \"Publicerad\" and \"Från\" lines are chrome; one sentence is scraped twice; the contact block is chrome."
---
~ Till innehållet
~ Regeringen.example.se
~ Regeringen Departement Dokument och publikationer Press
~ Lyssna Sök
~ Startsida / Pressmeddelanden
~ Pressmeddelande
~ Publicerad 16 februari 2026
= Regeringen ger uppdrag om AI-assistenters personlighet och tillförlitlighet
Regeringen ger en myndighet i uppdrag att kartlägga hur AI-assistenter utformas med personlighet och hur det påverkar användarnas förtroende.
~ Från: Infrastrukturdepartementet
Allt fler offentliga tjänster använder digitala assistenter som svarar på medborgarnas frågor. Assistenternas tonläge och personlighet kan göra dem lättare att använda, men kan också leda till att människor litar för mycket på svaren.
Uppdraget ska bland annat belysa hur assistenterna hanterar frågor som de inte kan besvara och om de tydligt talar om när de är osäkra.
+ Uppdraget ska bland annat belysa hur assistenterna hanterar frågor som de inte kan besvara och om de tydligt talar om när de är osäkra.
Myndigheten ska också sammanfatta den internationella forskningen om så kallad modellvälfärd, i syfte att ge en överblick över kunskapsläget.
Uppdraget ska redovisas senast den 30 november 2026.
~ Kontakt
~ Pressekreterare, telefon 08-000 00 00
~ Dela: Facebook X LinkedIn E-post
~ Innehåll om ämnet
~ Cykelvägar i landsbygd ska rustas upp
~ Ladda ner
~ Uppdrag till myndigheten (pdf, 210 kB)
~ Prenumerera på pressmeddelanden
~ Sidan publicerades 16 februari 2026
~ Om webbplatsen Kontakta oss Tillgänglighet Personuppgifter och cookies
