site: "The Warm Machine (newsletter web archive)"
kind: newsletter-issue
archive_kind: blog-post
language: en
title: "The assistant that kept a diary"
note: "an English newsletter issue's web version: the 'view in browser' line, the newsletter's name, the 'Issue #42 · title' line (the issue number and the title on one line, the title alone again as the h1 under it), the date, the greeting, the text, a sign-off, the subscribe box and the unsubscribe footer"
---
~ View this email in your browser
~ THE WARM MACHINE
~ Issue #42 · The assistant that kept a diary
~ December 6, 2026
= The assistant that kept a diary
Hello again, and welcome to the forty-second letter.
This week a reader told me about an assistant she asked to keep a diary of their conversations. Not a log, a diary, with feelings in it.
She stopped after a week. The entries were kind, she said, but they were kind about everything, and a diary that loves every day is not a diary.
I think there is something in that about how we write characters for models. A character needs preferences, and preferences mean some days are worse.
See you next Sunday,
Ines
~ Forward this to a friend who likes machines with manners.
~ Subscribe   Unsubscribe   Update your preferences
