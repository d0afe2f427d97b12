site: magazine site with a lead photo and its credit above the headline (Field and Circuit)
kind: news-article
archive_kind: article
language: en
note: "the magazine's name and menu, then the lead photo's caption and credit lines above the headline, as the scrape keeps the figure before the header; the deck has no final full stop"
---
~ Field and Circuit
~ Features
~ Reviews
~ Newsletter
~ Photo: Ana Lima for Field and Circuit
~ A robotic weeder at work in a trial field near Évora
= The farm robot that apologises to the farmer
Its makers gave it a polite voice to calm nervous users, and now they are not sure they should have
@ By Rui Carvalho
~ March 4, 2025
The weeding robot stops at the end of each row and says, in a gentle voice, that it is sorry for the delay. There is no delay. The pause is for its cameras.
Farmers in the trial said the apology was the first thing they noticed and the last thing they wanted. One called it the most irritating feature of an otherwise excellent machine.
The company now plans to let farmers choose the voice, or switch it off entirely.
~ Share this article
~ More features
