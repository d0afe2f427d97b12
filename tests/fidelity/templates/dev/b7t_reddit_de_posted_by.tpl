site: Reddit (2022 layout, German subreddit)
kind: reddit-thread
archive_kind: forum-thread
language: de
note: "a German thread in Reddit's 2022 layout: the subreddit, the 'Posted by u/… 7 hours ago' line, the flair before the title on its own line, the title, the post, the vote count and comment and share row, comment headers with handles, levels and ages"
---
~ Skip to content
~ Get the Reddit app
~ Log In
~ r/KI_Alltag
~ Posted by u/teekesselchen_42 7 hours ago
~ Frage
= Warum siezt mich mein Sprachassistent plötzlich?
Seit dem letzten Update sagt mein Assistent „Sie“ zu mir, obwohl wir uns monatelang geduzt haben. Ich habe nichts an den Einstellungen geändert.
Hat noch jemand das Problem, oder bilde ich mir das ein?
~ 87
~ 41 comments
~ Share
~ Save
~ Sort by: best
@ nordlicht_77
~ · 6 hr. ago
Bei mir genauso. Ich habe ihm einfach geschrieben, dass er mich duzen soll, seitdem klappt es wieder.
~ Reply
~ Share
@ teekesselchen_42
~ OP · 6 hr. ago
Danke, probiere ich aus. Trotzdem komisch, dass sich das von allein ändert.
~ Reply
~ Share
@ kaffeesatz
~ · 5 hr. ago
Vermutlich haben sie die Standardanrede geändert, weil sich Geschäftskunden über das Duzen beschwert haben.
~ Reply
~ Share
~ About Community
~ Alles über KI im Alltag: Assistenten, Chatbots und wie wir mit ihnen leben.
