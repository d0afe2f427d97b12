site: German forum (WoltLab-style, Fahrradforum Nord)
kind: forum-thread
archive_kind: forum-thread
language: de
note: "the forum's name and menu, a breadcrumb with '»', the thread's title, 'Erstellt von … am …' under it; each reply repeats the subject as 'AW: <title>' and its author's rank and post count"
---
~ Fahrradforum Nord
~ Forum
~ Mitglieder
~ Suche
~ Anmelden
~ Registrieren
~ Forum » Technik » Elektronik am Rad
= Sprachassistent am Fahrradcomputer – nervt der nur mich?
~ Erstellt von kettenblatt_ole am 3. März 2025
@ kettenblatt_ole
~ Fortgeschrittener
~ Beiträge: 214
Seit dem letzten Update kommentiert mein Fahrradcomputer jede Steigung mit einem aufmunternden Spruch. Nach zwei Wochen finde ich das nur noch anstrengend.
Kann man dem Ding eine sachlichere Persönlichkeit verpassen, oder nur ganz abschalten?
@ speichenspanner
~ Profi
~ Beiträge: 1.532
~ AW: Sprachassistent am Fahrradcomputer – nervt der nur mich?
In den Einstellungen gibt es unter „Ansagen“ einen Punkt für den Stil. Auf „knapp“ gestellt sagt er nur noch Zahlen.
~ Zitieren
@ kettenblatt_ole
~ Fortgeschrittener
~ Beiträge: 214
~ AW: Sprachassistent am Fahrradcomputer – nervt der nur mich?
Gefunden, danke! Jetzt sagt er nur noch Höhe und Puls. Herrlich ruhig.
~ Zitieren
