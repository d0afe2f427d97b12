site: "Mastodon (mastodon.beispiel.de)"
kind: mastodon-thread
archive_kind: social-thread
language: de
note: "a Mastodon thread in German: the instance's header, each post's display name and handle (metadata), its time and the reply, boost and favourite counts under it, the boost notice above a shared post, the visibility and edited marks, the 'Thread anzeigen' and 'Mehr laden' links and the instance footer; a reply that is one number stays"
---
~ Mastodon
~ Konto erstellen
~ Anmelden
~ Zurück
@ Imkerei Lindenblüte
@ @lindenbluete@mastodon.beispiel.de
~ 4. Dez. 2026, 08:30
Unser Chatbot auf der Website soll wie eine ältere Imkerin klingen: geduldig, ein bisschen streng, nie albern.
Heute hat er einem Kind erklärt, warum Bienen im Winter zittern. Das Kind hat sich bedankt, der Bot auch.
~ Öffentlich
~ 6
~ 21
~ 48
~ Antworten
~ Teilen
~ Favorisieren
~ Lesezeichen
~ Thread anzeigen
~ Jonas Weber hat geteilt
@ Wabenwerk
@ @wabenwerk@imker.social
~ 4. Dez. 2026, 09:05
Wie viele Fragen bekommt der Bot eigentlich am Tag?
~ 1
~ 0
~ 3
@ Imkerei Lindenblüte
@ @lindenbluete@mastodon.beispiel.de
~ 4. Dez. 2026, 09:12
Um die 40.
~ Bearbeitet 4. Dez. 2026, 09:13
~ 0
~ 1
~ 2
@ Imkerei Lindenblüte
@ @lindenbluete@mastodon.beispiel.de
~ 4. Dez. 2026, 09:14
Vierzig am Tag, im Frühjahr doppelt so viele. Die meisten wollen wissen, ob der Honig kristallisieren darf.
~ 0
~ 2
~ 5
~ Mehr laden
~ mastodon.beispiel.de ist einer von vielen unabhängigen Mastodon-Servern, mit dem du dich im Fediverse beteiligen kannst.
~ Über
~ Datenschutzerklärung
~ Quellcode anzeigen
~ v4.3.2
