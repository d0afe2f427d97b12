site: AMP cache view of a news article
kind: news-article
archive_kind: article
language: en
note: "an AMP viewer: a back arrow and the publisher's domain above the article, the publisher's name in capitals, then the headline, byline and date"
---
~ ← Back
~ valleytimes.example
~ THE VALLEY TIMES
= Library chatbot learns to say 'I don't know'
@ By Aaron Whitfield
~ March 4, 2025
The county library has updated its online assistant so that it admits when it does not have an answer, instead of guessing.
Staff say the change has already cut the number of patrons arriving for events that do not exist.
~ Read more at valleytimes.example
