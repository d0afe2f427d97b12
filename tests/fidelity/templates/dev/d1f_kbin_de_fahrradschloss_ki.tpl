site: "Mbin-Instanz (kbin-artig, de)"
kind: reddit-thread
archive_kind: forum-thread
language: de
title: "Mein smartes Fahrradschloss hält mir Vorträge über Sicherheit"
note: "an Mbin/kbin thread in German: the instance menu, the magazine line, the post's author and time (metadata), the boost/vote figures and the buttons one a line, the comment sort menu, each comment's author (metadata) with 'vor … Stunden' and the 'bearbeitet' mark, the vote figures and the reply/more links, the magazine sidebar (Abonnenten, Moderatoren, Regeln) and the footer"
---
~ Zum Inhalt springen
~ Threads
~ Mikroblog
~ Magazine
~ Anmelden
@ m/fahrrad@mbin.beispiel.de
= Mein smartes Fahrradschloss hält mir Vorträge über Sicherheit
@ kettenfett
~ vor 5 Stunden
Das Schloss hat eine Sprachfunktion. Jedes Mal, wenn ich es an einem Laternenpfahl abschließe, erklärt es mir, warum ein Fahrradbügel sicherer wäre.
Es hat ja recht, aber ich kenne den Vortrag inzwischen auswendig.
~ 42
~ 3
~ Boosten
~ Teilen
~ Melden
~ Kommentare 3
~ Sortieren nach:
~ Top
~ Neueste
~ Älteste
@ speichenzähler
~ vor 4 Stunden
~ bearbeitet
In der App gibt es unter „Hinweise“ einen Schalter, der die Tipps nach dem dritten Mal abschaltet.
~ 17
~ 0
~ Antworten
~ mehr
@ kettenfett
~ vor 4 Stunden
Gefunden, danke. Jetzt sagt es nur noch „abgeschlossen“.
~ 6
~ 0
~ Antworten
~ mehr
@ rahmenbruch
~ vor 2 Stunden
Meins erzählt mir nach jeder Fahrt, wie viele Kalorien ich verbraucht habe. Das habe ich nie gefragt.
~ 9
~ 1
~ Antworten
~ mehr
~ fahrrad
~ Abonnenten 3.412
~ Moderatoren
~ Regeln
~ Sei freundlich und bleib beim Thema.
~ Erstellt am 2. Juli 2023
~ Über
~ Datenschutz
~ Bedingungen
~ Betrieben von Mbin
