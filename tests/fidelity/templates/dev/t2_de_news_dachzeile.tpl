site: German news site with a Dachzeile (Rheinischer Bote)
kind: news-article
archive_kind: article
language: de
note: "the paper's name and menu, then the Dachzeile (a short topic line) above the headline; the teaser ends with a full stop; the byline and date under it"
---
~ Zum Inhalt springen
~ Rheinischer Bote
~ Politik
~ Wirtschaft
~ Digital
~ Abo
~ Künstliche Intelligenz
= Stadtwerke geben ihrem Chatbot eine freundlichere Stimme
Nach vielen Beschwerden über knappe Antworten hat der Versorger seinen digitalen Assistenten überarbeitet.
@ Von Lena Kraus
~ 04.03.2025, 08:15 Uhr
Der Chatbot beantwortet Fragen zu Abschlägen, Zählerständen und Umzügen. Bisher klangen seine Antworten oft wie ein Formular.
Jetzt grüßt er, fasst am Ende zusammen und bietet an, einen Rückruf zu vereinbaren. Die Zahl der Beschwerden ist nach Angaben der Stadtwerke deutlich gesunken.
~ Artikel teilen
~ Mehr zum Thema
