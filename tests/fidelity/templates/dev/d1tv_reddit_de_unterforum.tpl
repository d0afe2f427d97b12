site: "Reddit (www.reddit.com, neue Oberfläche)"
kind: reddit-thread
archive_kind: forum-thread
language: de
title: "Mein Sprachassistent klingt seit dem Update wie ein Versicherungsvertreter"
note: "a German reddit thread in the new layout: the tab title ('… : r/KI_Alltag'), the site's header with the sign-up prompt, the subreddit's name and member count, the poster and time line (metadata), the flair, the title, the post's text, the vote and comment row, the sort selector, each comment's author line and its vote row; the 'more replies' link and the community's sidebar are chrome"
---
~ Mein Sprachassistent klingt seit dem Update wie ein Versicherungsvertreter : r/KI_Alltag
~ Zum Inhalt springen
~ App herunterladen   Anmelden
~ r/KI_Alltag
~ 48.000 Mitglieder
@ u/kaffeefilter_99 • vor 5 Std.
~ Diskussion
= Mein Sprachassistent klingt seit dem Update wie ein Versicherungsvertreter
Früher war er knapp und ein bisschen trocken. Jetzt beginnt jede Antwort mit einem Kompliment für meine Frage.
Kann man das irgendwo einstellen, oder muss ich damit leben?
~ 214   58 Kommentare   Teilen
~ Sortieren nach: Beste
@ u/heidelbeerkuchen • vor 4 Std.
Bei mir hat es geholfen, ihm in den Einstellungen zu sagen, dass ich keine Lobeshymnen brauche.
~ 97   Antworten
@ u/kaffeefilter_99 • vor 4 Std.
Danke, probiere ich heute Abend aus.
~ 12   Antworten
@ u/radweg_nord • vor 3 Std.
Ich vermute, das Update wurde an Leuten getestet, die Komplimente mögen. Das ist nicht jeder.
~ 41   Antworten
~ 3 weitere Antworten
~ Über die Community
~ Alltag mit KI-Assistenten: Fragen, Tipps und Ärger.
~ Reddit-Regeln   Datenschutzerklärung   Nutzungsvereinbarung
