site: "Mastodon (social.gruenzeug.de)"
kind: mastodon-thread
archive_kind: social-thread
language: de
note: "Mastodon thread, no title; handles and timestamps are metadata or chrome; a hashtag-only line is chrome, an emoji line is content."
---
~ Zum Inhalt springen
~ Anmelden
~ Konto erstellen
~ Erkunden
~ Live-Feeds
~ Über
@ Hannelore Beet @hannebeet@social.gruenzeug.de
~ 12. Apr. 2025, 08:14
Ich habe dem Gartenassistenten meiner Kleingartenanlage gestern gesagt, dass er bitte nicht mehr so tun soll, als hätte er selbst Tomaten gezogen.
Heute erklärt er mir mit großer Ernsthaftigkeit, dass er „keine eigenen Erfahrungen, aber viele Gießpläne“ habe. Ehrlich gesagt finde ich das sympathischer als vorher.
~ #Garten #KI #Tomaten
~ 14
~ 31
~ 57
@ Jonas Kompost @kompostjonas@chaos.social
~ 12. Apr. 2025, 08:40
@hannebeet Genau so hätte ich es gern: ein Werkzeug mit klarer Stimme, das nicht behauptet, Erde unter den Fingernägeln zu haben.
~ 2
~ 9
@ Hannelore Beet @hannebeet@social.gruenzeug.de
~ 12. Apr. 2025, 09:02
@kompostjonas Die Gießpläne sind übrigens wirklich gut. Er hat gemerkt, dass mein Hochbeet in der Mittagssonne steht.
| 🍅🍅🌱
~ 1
~ 6
@ Mira Löwenzahn @miraloew@norden.social
~ 12. Apr. 2025, 10:27
Spannend wäre, ob sich die Figur über die Saison hält oder ob er im Juli wieder anfängt, von „unseren“ Zucchini zu sprechen.
~ 0
~ 3
~ 11
~ Melde dich an, um dieser Unterhaltung zu folgen
~ social.gruenzeug.de ist einer von vielen unabhängigen Mastodon-Servern, mit dem du dich im Fediverse beteiligen kannst.
~ Über · Status · Profilverzeichnis · Datenschutzerklärung
~ Mastodon: Über · App herunterladen · Tastaturkürzel · Quellcode anzeigen · v4.3.2
