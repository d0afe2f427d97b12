site: "DevKonf 2026 (program konference)"
kind: "conference-talk"
archive_kind: "article"
language: "cs"
note: "Conference talk page in Czech; room/time/track chrome, speaker block; the abstract's second paragraph and speaker bio damaged iso8859_2."
---
~ DevKonf 2026
~ Program   Řečníci   Místo konání   Vstupenky   Kontakt
~ Program › Sobota › Sál B
~ Přednáška · 45 minut · Pokročilí
= Jak udržet osobnost jazykového modelu stabilní v produkci
~ Sobota 14. 3. 2026 · 10:30–11:15 · Sál B (2. patro)
~ Sekce: Umělá inteligence
~ Jazyk přednášky: čeština
Anotace
Asistenti postavení na jazykových modelech mají často pečlivě navrženou povahu, která se ale během dlouhých konverzací rozpadá.
V přednášce ukážeme, jak jsme v naší firmě měřili posun tónu a jakých chyb jsme se dopustili.
[[iso8859_2:Dozvíte se, proč nestačí napsat do systémového promptu „buď přátelský“ a proč pomáhají konkrétní ukázky odpovědí.]]
[[iso8859_2:Na závěr probereme, kdy je lepší osobnost asistenta záměrně zjednodušit.]]
Pro koho je přednáška určena
Pro vývojáře a produktové manažery, kteří už mají asistenta v provozu a řeší jeho nekonzistentní chování.
Předchozí zkušenost s laděním modelů není nutná.
O řečnici
@ Ing. Kateřina Dvořáková
[[iso8859_2:Kateřina vede tým konverzačních produktů v brněnském startupu a ve volném čase jezdí na kole po Vysočině.]]
~ Přidat do mého programu
~ Sdílet: LinkedIn · Mastodon
~ Předchozí přednáška: Testování bez testerů
~ Další přednáška: Rust v embedded
~ Hodnocení přednášky bude dostupné po jejím skončení.
~ Partneři konference
~ © 2026 DevKonf z. s. · Kodex chování · Ochrana osobních údajů
