site: Swedish regional news site (Norrlandsbladet)
kind: news-article
archive_kind: article
language: sv
note: "the masthead is the paper's name, a date line in Swedish and the section menu; the section's name stands over the headline and the publication and update times under the byline"
---
~ Hoppa till innehållet
~ Norrlandsbladet
~ Måndag 3 mars 2025
~ Nyheter
~ Sport
~ Kultur
~ Teknik
~ Logga in
~ Prenumerera
~ Teknik
= Kommunens chattbot fick en egen röst – och invånarna vill ha den kvar
Efter ett halvårs försök har bibliotekets digitala assistent blivit en av de mest använda tjänsterna i kommunen.
@ Av Karin Lindqvist
~ Publicerad 3 mars 2025 kl. 07.15
~ Uppdaterad 3 mars 2025 kl. 10.02
När biblioteket i Sollefteå började testa en chattbot i höstas var planen enkel: den skulle svara på frågor om öppettider och lån.
Men personalen gav den också ett eget sätt att prata. Den är vänlig men kortfattad, skämtar ibland om vädret och säger rakt ut när den inte vet svaret.
– Folk uppskattar att den erkänner när den är osäker, säger bibliotekarien Maja Holm. Många skriver till och med tack efteråt.
Nu vill kommunen använda samma assistent för fler tjänster, men inte alla är övertygade. En lokalpolitiker varnar för att invånarna kan få för stort förtroende för en maskin.
Beslutet väntas fattas i kommunfullmäktige i april.
~ Läs också
~ Isen på älven släpper tidigt i år
~ Dela artikeln
~ Facebook
~ E-post
