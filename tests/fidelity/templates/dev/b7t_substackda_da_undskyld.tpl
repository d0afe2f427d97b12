site: "Maskinbrevet (Danish newsletter on a newsletter platform)"
kind: newsletter
archive_kind: blog-post
language: da
note: "a Danish newsletter post on a newsletter platform: the newsletter's name and subscribe button, the headline with the issue number and a colon, the subtitle (content), the author and the date on separate lines, the like, comment and share row; the footer's subscribe prompt is chrome"
---
~ Maskinbrevet
~ Abonner
~ Log ind
= #18: Skal en chatbot sige undskyld?
Om forskellen på høflighed og underdanighed, og hvorfor den betyder noget.
@ Mette Holm
~ 13. mar. 2026
~ 12
~ 3
~ Del
Hej alle sammen,
I sidste uge spurgte en læser, om det ikke er mærkeligt, at hendes chatbot siger undskyld hele tiden. Det synes jeg faktisk, det er.
En undskyldning betyder noget, når den kommer fra nogen, der har gjort noget forkert. Når en chatbot siger undskyld for at have svaret på et spørgsmål, bliver ordet tomt.
Jeg har prøvet at bede min assistent om at droppe undskyldningerne. Det virkede i cirka ti beskeder.
~ Tak fordi du læser Maskinbrevet! Abonner gratis for at få nye indlæg.
~ Skriv en kommentar
