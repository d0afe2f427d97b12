site: Local news live blog (Fenwick Evening Post)
kind: live-blog
archive_kind: article
language: en
title: "Live: council votes on rooftop beehives and the new library chatbot"
note: "a live blog: each entry under its time and the reporter's name (the name repeated on every entry is the template's), the 'Key events' box, the 'pinned' label, the share row, the most-read list with its numbers and the footer"
---
~ Fenwick Evening Post
= Live: council votes on rooftop beehives and the new library chatbot
~ Key events
~ 11:42 Vote passes on beehives
~ 10:05 Meeting opens
~ Pinned
~ 12:10
~ Tom Adeyemi
That is the end of today's meeting. Thank you for following along with us.
~ 11:42
~ Tom Adeyemi
The beehive motion passed by nine votes to three. The first hives will go on the roof of the town hall in April.
~ 11:15
~ Tom Adeyemi
The library's head told councillors that the chatbot now says when it does not know an answer and offers to book a call with a librarian.
One councillor asked whether the chatbot had a personality. The head of the library said it was designed to be patient and plain-spoken, like the staff.
~ 10:05
~ Tom Adeyemi
Good morning. The council meeting has started, and the first item is the proposal to keep bees on public buildings.
~ Share this live blog
~ Most read
~ 1. Road closures planned for the Christmas market
~ 2. Bakery wins regional award for its rye loaf
~ 3. Bin collections move to Saturdays this month
~ Got a story? Email news@fenwickpost.example
~ © 2026 Fenwick Evening Post
