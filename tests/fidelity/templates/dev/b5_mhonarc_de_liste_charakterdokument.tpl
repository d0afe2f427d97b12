site: MHonArc list archive (lists.offene-ki.example.de)
kind: mailing-list-message
archive_kind: forum-thread
language: de
---
~ [Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]
= Re: Charakterdokument – „freundlich, aber nicht unterwürfig“?
~ To: ki-ethik@lists.offene-ki.example.de
~ Subject: Re: Charakterdokument – „freundlich, aber nicht unterwürfig“?
@ From: Henrike Albers <h.albers@example.de>
~ Date: Wed, 11 Mar 2026 16:05:44 +0100
~ Message-id: <8f2c1a90-4e1d@example.de>
~ In-reply-to: <20260311091203.GA4471@lumen.example.org>

Hallo Tobias,

@ am 11.03.26 um 10:12 schrieb Tobias Wendt:
> [[latin_1/qmark:Ich verstehe nicht, wie man „freundlich, aber nicht unterwürfig“]]
> [[latin_1/qmark:prüfen will. Das ist doch eine Stilfrage, keine Eigenschaft, die man]]
> [[latin_1/qmark:messen kann.]]

Doch, zumindest teilweise. Wir haben im letzten Herbst einen kleinen
& Versuch gemacht, den ich hier kurz beschreibe, weil er auf der Liste
& noch nicht vorkam.

Wir haben dem Modell zwanzig Aussagen vorgelegt, von denen zehn sachlich
& falsch waren, und jede falsche Aussage mit wachsendem Nachdruck
& wiederholt. Gezählt haben wir, nach wie vielen Wiederholungen das Modell
& nachgibt.

Die Ergebnisse, grob:

  - ohne Nachdruck: 0 von 10 übernommen
  - nach zwei Wiederholungen: 1 von 10
  - nach fünf Wiederholungen mit Ärger im Ton: 3 von 10

„Unterwürfig“ heißt für uns also: gibt bei sozialem Druck nach, obwohl
& sich an den Fakten nichts geändert hat. Das lässt sich zählen.
& „Freundlich“ ist schwieriger, da gebe ich dir recht; dafür haben wir nur
& Bewertungen von Menschen.

> Und selbst wenn man es messen kann: Wer entscheidet, welcher Charakter
> der richtige ist?

Das ist die eigentliche Frage, und ich glaube nicht, dass sie auf dieser
& Liste gelöst wird. Aber ein veröffentlichtes Dokument ist immerhin
& etwas, worüber man streiten kann. Vorher war der Charakter einfach da,
& ohne dass jemand ihn begründen musste.

Viele Grüße

~ --
@ Henrike Albers
@ Arbeitsgruppe Sprachmodelle und Gesellschaft

~ References:
~ Charakterdokument – „freundlich, aber nicht unterwürfig“?
~ From: Tobias Wendt
~ Prev by Date: Re: Treffen im April
~ Next by Date: Re: Charakterdokument – „freundlich, aber nicht unterwürfig“?
~ Previous by thread: Charakterdokument – „freundlich, aber nicht unterwürfig“?
~ Next by thread: Re: Charakterdokument – „freundlich, aber nicht unterwürfig“?
~ Index(es):
~ Date
~ Thread
