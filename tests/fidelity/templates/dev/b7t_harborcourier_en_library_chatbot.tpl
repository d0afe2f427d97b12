site: "The Harbor Courier (local news)"
kind: news-article
archive_kind: article
language: en
note: "a local paper's article: the paper's name and its menu, the section in capitals, the headline as a question, a published/updated line right under it, the byline with the reporter's address, a photo credit, a related-stories box and the comment prompt"
---
~ The Harbor Courier
~ News   Sports   Obituaries   Opinion   Events   e-Edition
~ Subscribe   Log in
~ LOCAL NEWS
= Can a chatbot find your overdue book? Westport library tries one out
~ Published March 4, 2026 at 6:00 a.m. | Updated March 4, 2026 at 9:41 a.m.
@ By Dana Ortiz | dortiz@harborcourier.example
~ Photo: Courier staff
The Westport Public Library has added a chatbot to its website that answers questions about opening hours, renewals and fines, and it has been given a name: Page.
Librarian Tom Reyes said the staff spent two afternoons deciding how Page should talk. "We wanted it to sound like the person at the desk on a good day," he said. "Patient, a little dry, and honest when it does not know."
The chatbot cannot see patron accounts. When someone asks about a specific overdue book, it says so and points them to the front desk or the phone line.
Early feedback has been mixed. One patron told the library board that Page was "nicer than the old website, which is a low bar." Another asked that it stop ending every answer with a question.
The library plans to review the chatbot's transcripts, with names removed, at the end of April.
~ Related stories
~ Westport budget adds two hours to library's Saturday schedule
~ School board debates phone rules for middle schoolers
~ Join the conversation: log in to comment.
~ © 2026 The Harbor Courier. All rights reserved.
