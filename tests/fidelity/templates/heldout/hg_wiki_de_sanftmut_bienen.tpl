site: "Imkerwiki (wiki.imkerkreis.example.de, MediaWiki)"
kind: wiki-page
archive_kind: other
language: de
note: "a German MediaWiki article on a beekeepers' wiki: skip links, tools and tabs, the 'Aus …' line, contents box and [Bearbeiten | Quelltext bearbeiten] links are chrome; section headings, a pipe table, a see-also list and the references are content; two sections and one reference were UTF-8 read as cp1252 (quotes and dashes damaged too)"
---
~ Zur Navigation springen
~ Zur Suche springen
~ Hauptseite
~ Letzte Änderungen
~ Zufällige Seite
~ Hilfe
~ Nicht angemeldet
~ Diskussionsseite
~ Beiträge
~ Benutzerkonto erstellen
~ Anmelden
~ Seite
~ Diskussion
~ Lesen
~ Bearbeiten
~ Quelltext bearbeiten
~ Versionsgeschichte
= Sanftmut (Bienen)
~ Aus Imkerwiki
Sanftmut bezeichnet in der Imkerei die Eigenschaft eines Bienenvolkes, bei der Arbeit am offenen Stock ruhig auf der Wabe sitzen zu bleiben, statt aufzufliegen oder zu stechen.
Sie gilt neben Schwarmträgheit und Honigleistung als eines der wichtigsten Zuchtmerkmale.
~ Inhaltsverzeichnis
~ 1 Bewertung
~ 2 Einflüsse
~ 3 Vergleich mit Sprachmodellen
~ 4 Siehe auch
~ 5 Einzelnachweise
Bewertung
~ [Bearbeiten | Quelltext bearbeiten]
Die Sanftmut wird meist auf einer Skala von 1 bis 4 notiert, wobei 4 für ein Volk steht, das sich auch ohne Rauch ruhig bearbeiten lässt.[1]
Note | Verhalten beim Ziehen der Waben
4 | Bienen bleiben ruhig sitzen
3 | einzelne Bienen fliegen auf
2 | viele Bienen laufen unruhig, einzelne Stiche
1 | Volk greift an
Einflüsse
~ [Bearbeiten | Quelltext bearbeiten]
[[cp1252:Neben der Abstammung der Königin spielen Wetter, Tracht und der Umgang des Imkers eine große Rolle. Vor einem Gewitter oder nach dem Ende der Rapsblüte sind auch sonst friedliche Völker oft gereizt.]]
[[cp1252:Ein Volk, das an einem Tag stechlustig wirkt, sollte deshalb mehrmals beurteilt werden, bevor man über seine Königin entscheidet.]][2]
Vergleich mit Sprachmodellen
~ [Bearbeiten | Quelltext bearbeiten]
[[cp1252:In Diskussionen über den „Charakter“ von KI-Assistenten wird die Sanftmut gelegentlich als Bild benutzt: Auch dort hängt das beobachtete Verhalten nicht nur von einer festen Anlage ab, sondern von den Umständen des Gesprächs.]]
[[cp1252:Imker weisen allerdings darauf hin, dass ein Bienenvolk keine Vorgaben liest und seine Ruhe niemandem verspricht – der Vergleich trägt nur bis zu einem gewissen Punkt.]]
Siehe auch
~ [Bearbeiten | Quelltext bearbeiten]
- Schwarmtrieb
- Königinnenzucht
- Wabenstetigkeit
Einzelnachweise
~ [Bearbeiten | Quelltext bearbeiten]
↑ Arbeitskreis Zucht: Merkblatt zur Leistungsprüfung. 3. Auflage, 2021, S. 7.
↑ H. Lindner: [[cp1252:Völkerführung im Jahreslauf. Stuttgart 2019, S. 112–115.]]
~ Kategorien: Zucht | Bienenverhalten
~ Diese Seite wurde zuletzt am 28. November 2026 um 17:05 Uhr bearbeitet.
~ Der Inhalt ist verfügbar unter Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen, sofern nicht anders angegeben.
~ Datenschutz
~ Über Imkerwiki
~ Impressum
~ Mobile Ansicht
