site: "Riverbend Daily Record (local news)"
kind: news-article
archive_kind: article
language: en
note: "a local article whose lead photo's caption and credit stand above the headline, the section in capitals over the caption; an 'Updated' line with the time under the byline; the share row and the newsletter box are chrome"
---
~ Riverbend Daily Record
~ Local   Schools   Business   Obituaries   Weather
~ EDUCATION
~ A student types a question into the library's new chatbot on Tuesday.
~ Photo by Lena Okafor / Daily Record
= Middle schoolers put the library's new chatbot to the test, and it mostly passed
@ By Sam Whitfield
~ Updated 2:14 PM CST, March 4, 2026
~ Share   Email   Print
The Riverbend Public Library let a class of seventh graders spend an hour trying to trip up its new chatbot before it goes live next week.
The students asked about overdue fines, the library's pet gecko and whether the chatbot had ever read a book. It answered the first two correctly and said it had not read anything the way a person does.
"It didn't pretend," said 12-year-old Maya Torres. "I liked that."
Library director Ruth Akande said the staff will keep adjusting the chatbot's answers based on what patrons ask in its first month.
~ Get the morning newsletter: local news in your inbox every weekday.
~ Sign up
