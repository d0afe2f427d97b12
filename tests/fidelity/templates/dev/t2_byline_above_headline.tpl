site: magazine feature with the author's byline above the headline (Longform Weekly)
kind: news-article
archive_kind: article
language: en
note: "this magazine's template prints the author's byline and the reading time above the headline; the magazine's name and menu first"
---
~ Longform Weekly
~ Features
~ Archive
~ Subscribe
@ By Maren Holloway
~ 12 min read
= The summer I spent teaching a chatbot to be my grandfather's friend
My grandfather lives alone on a farm three hours from anyone in the family. Last summer I set up an assistant on an old tablet and tried to teach it to keep him company.
It learned his routines quickly, and it was patient with his stories, which he tells many times. It was less good at knowing when to be quiet.
By the end of the summer he called it "the visitor", and he turned it off every evening at six, the way he used to turn off the radio.
~ Share
~ More features
