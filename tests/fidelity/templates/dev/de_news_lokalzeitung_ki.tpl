site: German regional newspaper (Nordkurier-style Lokalzeitung)
kind: news-article
archive_kind: article
language: de
note: a regional paper with a consent banner in German, a breadcrumb, a deck under the headline, a byline with the author's town, an inline "Lesen Sie auch" teaser and a paywall notice at the foot
---
~ Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.
~ Alle akzeptieren
~ Einstellungen
~ Nur notwendige
~ Weserbote
~ Region
~ Politik
~ Wirtschaft
~ Sport
~ Kultur
~ Abo
~ Anmelden
~ Startseite › Region › Bremen
= Bücherei testet Chatbot mit eigener Persönlichkeit
Die Stadtbibliothek lässt Besucher mit einem freundlichen Auskunftsassistenten sprechen. Nicht alle sind begeistert.
@ Von Katrin Hollmann, Bremen
~ 14.11.2025, 06:30 Uhr
~ Lesezeit: 3 Min.
Seit Anfang November steht im Foyer der Stadtbibliothek ein Bildschirm, an dem Besucher Fragen an „Frau Elster“ stellen können. So heißt der Chatbot, den die Bibliothek gemeinsam mit einer Hochschule entwickelt hat.
Frau Elster antwortet höflich, ein wenig altmodisch und gibt offen zu, wenn sie etwas nicht weiß. „Wir wollten keine Maschine, die so tut, als wüsste sie alles“, sagt Bibliotheksleiterin Anja Brückner.
~ Lesen Sie auch: Mehr Öffnungszeiten für die Stadtteilbüchereien
Die Persönlichkeit sei bewusst gewählt worden. Eine Figur mit Eigenheiten bleibe besser im Gedächtnis als ein namenloses Suchfeld, erklärt die Informatikerin Dr. Lea Sommerfeld, die das Projekt begleitet.
Kritik kommt vom Personalrat. Man befürchte, dass der Chatbot langfristig Stellen an der Auskunftstheke ersetzen solle. Die Stadt weist das zurück: Frau Elster verweise bei schwierigen Fragen ausdrücklich an die Mitarbeiterinnen und Mitarbeiter.
Eine ältere Besucherin zeigt sich nach ihrem ersten Gespräch gelassen. Sie habe nach Krimis aus Ostfriesland gefragt und drei gute Tipps bekommen. „Netter als mancher Mensch am Telefon“, sagt sie und lacht.
Das Projekt läuft zunächst bis Ende März.
~ Artikel teilen
~ Facebook
~ WhatsApp
~ E-Mail
~ Weiterlesen mit Weserbote+ – jetzt 4 Wochen für 0,99 €
~ Mehr aus Bremen
~ Neue Radwege am Wall: Bauarbeiten starten im Frühjahr
~ Impressum · Datenschutz · AGB · Kontakt
