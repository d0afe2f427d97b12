site: FrageWiese (fragewiese.de)
kind: qa-site
archive_kind: forum-thread
language: de
note: "Deutsches Q&A-Portal: Login-Zeile, Themen-Tags über der Frage, 'Frage von …' und Antwortköpfe als Metadaten, 'Hilfreichste Antwort' und Daumen-Zähler als Chrome, ein Zitat aus der Frage in einer Antwort."
---
~ FrageWiese
~ Frage stellen
~ Anmelden
~ Registrieren
~ Computer › Künstliche Intelligenz
~ KI
~ Chatbot
~ Persönlichkeit
= Warum ist mein KI-Assistent so übertrieben freundlich?
@ Frage von brotzeit_bernd
~ 03.11.2026, 19:42
Ich benutze seit ein paar Wochen einen Sprachassistenten für Rezepte und Einkaufslisten. Er funktioniert gut, aber jede Antwort beginnt mit „Was für eine tolle Idee!“, auch wenn ich nur frage, ob Hefe in den Kühlschrank gehört.
Kann man das abstellen? Oder ist das Absicht, damit man ihn mag?
~ 4 Antworten
~ Sortiert nach: Hilfreichste
~ Hilfreichste Antwort
@ Antwort von Lenaluftig
~ 03.11.2026, 20:15
~ Community-Experte Software
Das ist ein bekanntes Problem, man nennt es oft „Anbiederung“ oder englisch „sycophancy“. Die Modelle werden unter anderem darauf trainiert, dass Menschen ihre Antworten gut bewerten, und Lob wird nun mal gern gelesen.
Bei vielen Assistenten kannst du in den Einstellungen eine eigene Anweisung hinterlegen. Schreib da zum Beispiel hinein: „Antworte sachlich und ohne Lob. Sag mir ehrlich, wenn etwas nicht klappt.“ Das hilft meistens schon deutlich.
~ 👍 23
~ Kommentieren
@ Antwort von Harald1957
~ 03.11.2026, 21:02
> „Oder ist das Absicht, damit man ihn mag?“
Teilweise schon, glaube ich. Aber die Hersteller haben inzwischen selbst gemerkt, dass das auf Dauer nervt. Meiner ist nach einem Update merklich ruhiger geworden.
Und ja: Hefe gehört in den Kühlschrank.
~ 👍 11
~ Kommentieren
@ Antwort von kaeseigel
~ 04.11.2026, 08:30
Ich finde es ehrlich gesagt nicht schlimm. Mein Vater ist allein und redet abends mit so einem Ding, und die Freundlichkeit tut ihm gut. Kommt halt drauf an, wofür man es nutzt.
~ 👍 8
~ Kommentieren
@ Antwort von brotzeit_bernd
~ 04.11.2026, 12:17
~ Fragesteller
Danke euch! Die eigene Anweisung hat geholfen. Jetzt sagt er nur noch „Ja, Hefe in den Kühlschrank.“ Fast schon zu knapp, aber besser so.
~ 👍 5
~ Kommentieren
~ Ähnliche Fragen
~ Kann eine KI beleidigt sein?
~ Chatbot antwortet auf Englisch statt Deutsch – was tun?
~ Welcher Sprachassistent ist am datensparsamsten?
~ Impressum · Datenschutz · Nutzungsbedingungen · Cookie-Einstellungen
~ © 2026 FrageWiese GmbH
