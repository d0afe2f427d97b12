site: German blog (Gedankenstrich)
kind: blog-post
language: de
note: the comments were stored through a cp1252 decode of their UTF-8 bytes
---
~ Gedankenstrich
~ Start
~ Über mich
~ Archiv
= Darf eine Maschine „Nein“ sagen?
~ 2. Februar 2025
~ 3 Kommentare
Neulich bat ich einen Chatbot, eine bissige Rezension über das Buch einer Bekannten zu schreiben. Er lehnte ab und bot stattdessen eine ehrliche, aber faire Kritik an.
Zuerst war ich verärgert. Dann merkte ich, dass die faire Kritik genau das war, was ich eigentlich gebraucht hätte.
Trotzdem bleibt ein Unbehagen. Wer entscheidet, wann eine Maschine Nein sagen darf? Und woher weiß ich, ob sie aus Überzeugung ablehnt oder nur, weil eine Firma das so festgelegt hat?
Vielleicht ist das die falsche Frage. Auch bei Menschen wissen wir selten genau, woher ihre Überzeugungen stammen.
~ Kommentare
@ Sabine
~ 3. Februar 2025 um 09:12
[[cp1252:Schöner Text! Ich hätte mich über die Absage wahrscheinlich auch zuerst geärgert.]]
~ Antworten
@ [[cp1252:Jörg]]
~ 3. Februar 2025 um 14:45
[[cp1252:Die Frage am Schluss trifft es. Überzeugungen fallen nie vom Himmel – weder bei uns noch bei Maschinen.]]
~ Antworten
~ Kommentar verfassen
~ Impressum
~ Datenschutzerklärung
