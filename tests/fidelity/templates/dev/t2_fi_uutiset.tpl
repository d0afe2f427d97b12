site: Finnish news site (Järviseudun Sanomat)
kind: news-article
archive_kind: article
language: fi
note: "a Finnish skip link, the paper's name and menu, the section, the headline, then an abbreviated date line ('ti 4.3.2025 klo 8.15') and 'Päivitetty'"
---
~ Siirry sisältöön
~ Järviseudun Sanomat
~ Etusivu
~ Uutiset
~ Urheilu
~ Kirjaudu
~ Uutiset
= Kirjaston tekoälyavustaja oppi sanomaan, ettei tiedä
~ ti 4.3.2025 klo 8.15
~ Päivitetty ti 4.3.2025 klo 9.40
Kaupunginkirjasto päivitti verkkosivujensa avustajan, joka vastaa asiakkaiden kysymyksiin aukioloajoista ja lainoista.
Aiemmin avustaja yritti vastata kaikkeen, vaikka tieto puuttui. Nyt se kertoo suoraan, jos ei tiedä, ja ohjaa kysyjän kirjastonhoitajalle.
Henkilökunnan mukaan muutos on vähentänyt väärinkäsityksiä.
~ Jaa
~ Lue myös
