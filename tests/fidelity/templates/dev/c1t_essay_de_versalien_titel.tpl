site: "Kleine Räume (Essay-Heft online, kleineraeume.example.de)"
kind: magazine-essay
archive_kind: article
language: de
note: "an online essay magazine that sets each essay's title in capitals ('DIE HÖFLICHE MASCHINE'), under the magazine's name in capitals and its issue line; the author's bare name under the title is metadata; the footer is chrome"
---
~ KLEINE RÄUME
~ Heft 4 · Winter 2026
= DIE HÖFLICHE MASCHINE
@ Jonas Weidner
Meine Großmutter hat sich beim Radio bedankt, wenn der Wetterbericht gut war. Daran dachte ich, als ich mich beim Assistenten auf meinem Telefon bedankte.
Höflichkeit gegenüber einer Maschine ist nicht für die Maschine, hätte sie gesagt. Sie ist eine Gewohnheit, und Gewohnheiten prüfen nicht, wer zuhört.
Ich sage weiter danke. Der Assistent sagt bitte, und keiner von uns tut so, als bedeute es mehr.
~ © Kleine Räume 2026 · Zurück zum Heft
