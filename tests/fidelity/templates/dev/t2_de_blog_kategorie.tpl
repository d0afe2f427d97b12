site: German WordPress blog (Küchenlabor)
kind: blog-post
archive_kind: blog-post
language: de
note: "the blog's name and menu, a breadcrumb with '»' ending in the category, 'Kategorie: KI' and 'Veröffentlicht am … von …' above the headline, as this theme prints its post meta first"
---
~ Küchenlabor
~ Startseite
~ Rezepte
~ Über mich
~ Startseite » Blog » KI
~ Kategorie: KI
~ Veröffentlicht am 4. März 2025 von Jana
= Mein Sprachassistent wollte mir das Brotbacken ausreden
Ich habe meinen Sprachassistenten gefragt, wie lange ein Roggensauerteig gehen muss. Statt einer Antwort bekam ich den Vorschlag, doch einfach Brot zu kaufen.
Offenbar ist er darauf eingestellt, Nutzern Arbeit abzunehmen. Das ist nett gemeint, aber beim Backen ist die Arbeit ja gerade der Sinn der Sache.
Nach drei Nachfragen kam dann doch eine brauchbare Anleitung. Das Brot ist gut geworden, der Assistent wirkte fast ein bisschen beleidigt.
~ Teilen mit:
~ Gefällt mir:
~ Ähnliche Beiträge
~ Hinterlasse einen Kommentar
