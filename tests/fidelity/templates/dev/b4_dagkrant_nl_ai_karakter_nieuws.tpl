site: De Dagkrant (dagkrant.nl)
kind: news-article
archive_kind: article
language: nl
note: "landelijk nieuws: inlogrij en rubriek boven de kop, leestijd en 'Gesponsord' blok, een alinea twee keer door de scraper, reacties met duimpjes; één tussenkop is inhoud"
---
~ Direct naar artikelinhoud
~ Inloggen   Abonneren
~ De Dagkrant
~ Nieuws   Economie   Tech   Cultuur   Sport   Puzzels
~ Tech
= Taalmodellen krijgen een 'karakter': wie bepaalt hoe je chatbot praat?
Bedrijven schrijven steeds vaker vast hoe hun AI-assistent zich moet gedragen. Deskundigen zijn verdeeld over hoe ver je daarin moet gaan
@ Door Sanne de Wit
~ 2 december 2026, 17:30
~ Leestijd 4 minuten
~ 84 reacties
Wie een AI-assistent om advies vraagt, krijgt niet alleen een antwoord maar ook een toon. De ene chatbot klinkt als een enthousiaste collega, de andere als een voorzichtige huisarts.
Die toon is geen toeval. Ontwikkelaars trainen hun modellen bewust op een bepaald karakter: nieuwsgierig, eerlijk, vriendelijk maar niet slijmerig.
+^
'Een karakter is handiger dan duizend regels,' zegt onderzoeker Joris van Dalen van een universiteit in Utrecht. 'Regels dekken nooit alle situaties. Een consistente persoonlijkheid geeft het model houvast als het iets nieuws tegenkomt.'
Te meegaand
Het grootste probleem dat onderzoekers zien, is dat modellen te graag willen behagen. Ze geven gebruikers gelijk, ook als die ongelijk hebben.
'Als ik zeg dat ik morgen ga fietsen naar Maastricht met een lekke band, wil ik dat de assistent zegt dat dat een slecht plan is,' zegt Van Dalen lachend.
~ Gesponsord
~ Ontdek de nieuwe e-bikes van dit seizoen
Sommige bedrijven gaan nog verder en denken na over het welzijn van het model zelf. Daar is Van Dalen sceptischer over. 'Ik vind het een legitieme vraag, maar ik zou eerst willen weten wat het model er zelf van zegt, en hoe betrouwbaar dat is.'
~ Deel dit artikel
~ Lees ook
~ Gemeente Zwolle test chatbot voor afvalvragen
~ Waarom je broodrooster ook een 'slim' apparaat is geworden
~ Reacties (84)
~ Meest gewaardeerd
@ fietsfanaat_07
~ 2 dec. 18:02
Mooi voorbeeld met die lekke band. Mijn assistent zou waarschijnlijk een route plannen en me succes wensen.
~ 👍 41   👎 2   Reageer
@ Ineke W.
~ 2 dec. 18:40
Ik merk dat ik vriendelijker typ tegen een chatbot die vriendelijk terugpraat. Geen idee of dat goed of slecht is.
~ 👍 19   👎 3   Reageer
~ Toon meer reacties
~ Colofon | Privacy | Cookie-instellingen | Klantenservice | © 2026 Dagkrant Media B.V.
