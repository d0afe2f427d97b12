site: Swedish magazine (Tekniktidningen Puls)
kind: blog-post
archive_kind: article
language: sv
note: "the magazine's name and section, then a true title of two words with its byline under it: a short headline, not a label"
---
~ Tekniktidningen Puls
~ Krönika
= Tysta maskiner
@ Av Annika Berg
~ 5 mars 2025
Jag har börjat uppskatta assistenter som inte pratar i onödan. Den bästa jag provat svarar kort och frågar bara när frågan verkligen är oklar.
Det låter som en liten sak, men den sparar tid varje dag. En assistent som alltid ska vara trevlig blir till slut tröttsam.
