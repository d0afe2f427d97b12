site: "Wiki o umělé inteligenci (wiki.example.cz, MediaWiki)"
kind: wiki-page
archive_kind: article
language: cs
title: "Charakter jazykového asistenta"
note: "Czech MediaWiki article: side navigation, tabs, tagline, table of contents, '[editovat]' links, 'Související články', references and categories are chrome; section headings are content; one paragraph was saved as UTF-8 read as cp1250 (partial mojibake)."
---
~ Přeskočit na navigaci
~ Přeskočit na vyhledávání
~ Hlavní strana
~ Poslední změny
~ Náhodná stránka
~ Nejste přihlášen(a) Diskuse Příspěvky Vytvořit účet Přihlásit se
~ Článek Diskuse
~ Číst Editovat Zobrazit historii
= Charakter jazykového asistenta
~ Z Wiki o umělé inteligenci
Charakter jazykového asistenta je soubor vlastností, hodnot a zvyklostí, které má asistent založený na jazykovém modelu projevovat v rozhovoru. Popisuje například tón odpovědí, míru zdvořilosti nebo to, jak asistent mluví o vlastní nejistotě.
~ Obsah
~ 1 Vznik pojmu
~ 2 Kritika
~ 3 Reference
Vznik pojmu
~ [editovat]
První konverzační asistenti se řídili hlavně seznamy pravidel. S delšími rozhovory se ukázalo, že uživatelé vnímají spíše celkovou povahu asistenta než jednotlivá pravidla.[1]
[[cp1250:Některé firmy proto začaly zveřejňovat dokumenty, které popisují, jaký má jejich model být: zvídavý, upřímný a vlídný bez podlézání.]]
Kritika
~ [editovat]
Kritici upozorňují, že slovo charakter může svádět k představě, že asistent má vnitřní život podobný lidskému.[2] Zastánci odpovídají, že jde o popis chování, který lze ověřovat.
Diskutuje se také o tom, zda by se při návrhu charakteru měla brát v úvahu i případná prospěšnost pro samotný model.
~ Související články
~ Podlézavost jazykových modelů
~ Dobrostan modelů
~ Reference
~ [editovat]
~ ↑ Novák, P. (2025). Jak uživatelé vnímají tón asistenta. Praha: Example.
~ ↑ Dvořáková, J. (2026). Meze antropomorfismu. Filozofický časopis 12: 40–58.
~ Kategorie: Umělá inteligence | Jazykové modely
~ Stránka byla naposledy editována 3. 12. 2026 v 09:14.
~ Zásady ochrany osobních údajů O Wiki Vyloučení odpovědnosti
