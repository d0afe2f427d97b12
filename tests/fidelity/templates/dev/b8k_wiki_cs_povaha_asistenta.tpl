site: "Wiki o umělé inteligenci (wiki.ai-encyklopedie.example.cz, MediaWiki)"
kind: wiki-page
archive_kind: other
language: cs
note: "a Czech MediaWiki article with an infobox of key: value lines (content: the article's facts), section headings that are also menu words (Historie, Kontakt, Odkazy), a see-also list without full stops, references with page numbers, a one-word table cell line; the skip links, tools, tabs, edit links, contents box, categories and footer are chrome"
---
~ Přejít k navigaci
~ Přejít k vyhledávání
~ Hlavní strana
~ Poslední změny
~ Náhodná stránka
~ Nápověda
~ Nejste přihlášen(a)
~ Vytvořit účet
~ Přihlásit se
~ Článek
~ Diskuse
~ Číst
~ Editovat
~ Zobrazit historii
= Povaha asistenta
~ Z Wiki o umělé inteligenci
Povaha asistenta
Typ: pojem z oblasti jazykových modelů
Souvisí s: osobnost, tón, hodnoty
Poprvé užito: 2023
Jazyk: čeština, angličtina
Povaha asistenta je souhrn stálých rysů, kterými se jazykový model projevuje v rozhovoru: zdvořilost, upřímnost, opatrnost a smysl pro humor.
~ Obsah
~ 1 Historie
~ 2 Kontakt s uživatelem
~ 3 Měření
~ 4 Související články
~ 5 Reference
Historie
~ [editovat]
Vývojáři začali povahu asistentů popisovat v samostatných dokumentech, když se ukázalo, že samotný seznam zákazů nestačí.[1]
Kontakt s uživatelem
~ [editovat]
Povaha se nejvíc projeví v krátkých odpovědích.
Ano.
Ne.
Tyto dvě odpovědi mohou znít vlídně i příkře podle toho, co následuje.
Měření
~ [editovat]
Vlastnost | Jak se měří
Upřímnost | přiznání nevědomosti
Stálost | stejný tón po čtyřiceti tazích
Výsledky jedné studie: 82 %, 74 %, 61 %.[2]
Související články
~ [editovat]
- Dobré životní podmínky modelů
- Podlézavost jazykových modelů
- Dokument o povaze
Reference
~ [editovat]
↑ Novák, J.: Jak se píše povaha stroje. Praha 2024, s. 15–19.
↑ Sborník konference o jazykových modelech, Brno 2025, s. 40.
~ Kategorie: Jazykové modely | Etika umělé inteligence
~ Stránka byla naposledy editována 3. 12. 2026 v 10:12.
~ Text je dostupný pod licencí Creative Commons Uveďte původ – Zachovejte licenci.
~ Ochrana osobních údajů
~ O Wiki o umělé inteligenci
~ Vyloučení odpovědnosti
~ Mobilní verze
