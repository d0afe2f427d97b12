site: "Rennrad-Treff (XenForo)"
kind: xenforo-thread
archive_kind: forum-thread
language: de
note: "XenForo: breadcrumbs, title, thread starter line; per-post furniture (Mitglied, Beiträge, Melden, Gefällt mir) repeated; a one-word reply and a quote are content"
---
~ Foren Neue Beiträge Suchen Medien Mitglieder
~ Anmelden Registrieren
~ Foren › Training & Planung › Trainingspläne
= KI als Trainer: Mein Chatbot hat plötzlich eine Persönlichkeit
~ Ersteller Jens_aus_Kassel
~ Erstellt am 11.02.2026
@ Jens_aus_Kassel
~ Mitglied
~ 11.02.2026
~ #1
Ich lasse mir seit Januar meine Trainingswochen von einem Sprachmodell planen und habe ihm gesagt, es soll wie ein strenger, aber fairer Trainer klingen.
Das klappt erstaunlich gut. Er nennt mich „Herr Kollege" und schimpft, wenn ich die Ruhetage ausfallen lasse.
Diese Woche sah der Plan so aus:
Mo Ruhetag, Di 60 min locker, Mi 4 × 8 min Schwelle, Do Ruhetag, Sa 3 h Grundlage
Hat noch jemand so einen Trainer mit Charakter, oder bin ich der einzige, der mit seinem Chatbot diskutiert?
~ Melden
~ Gefällt mir: Radlerin_77, hubertgrau und 3 weitere
@ Radlerin_77
~ Aktives Mitglied
~ 11.02.2026
~ #2
Ja, bei mir auch. Meiner ist allerdings eher ein gemütlicher Typ und schlägt jedes Wochenende eine Kuchenpause vor.
Ich finde das ehrlich gesagt realistischer als die Pläne aus dem Magazin.
~ Melden
~ Gefällt mir: Jens_aus_Kassel
@ hubertgrau
~ Mitglied
~ 12.02.2026
~ #3
> Er nennt mich „Herr Kollege" und schimpft, wenn ich die Ruhetage ausfallen lasse.
Genau so sollte ein Trainer sein. Aber Vorsicht: Das Ding weiß nicht, wie sich deine Beine anfühlen. Das musst du ihm sagen.
~ Melden
~ Gefällt mir: Radlerin_77
@ Jens_aus_Kassel
~ Mitglied
~ 12.02.2026
~ #4
Stimmt.
~ Melden
~ Du musst dich anmelden oder registrieren, um hier zu antworten.
~ Teilen: Facebook X Reddit WhatsApp E-Mail Link
~ Kontakt Nutzungsbedingungen Datenschutz Hilfe Start RSS
~ Forensoftware von XenForo® © 2010-2026 XenForo Ltd.
