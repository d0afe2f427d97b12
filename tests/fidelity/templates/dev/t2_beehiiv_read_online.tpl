site: newsletter web page (beehiiv-style, Garden Circuit)
kind: newsletter
archive_kind: blog-post
language: en
note: "the newsletter's web page keeps the email's 'Read online' link and the newsletter's name over the issue's headline; the greeting 'Welcome to issue 12 of Garden Circuit' opens the text; sponsor and footer after it"
---
~ Read online
~ Garden Circuit
~ Subscribe
= A chatbot for the allotment committee, and why we said no
~ March 4, 2025
Welcome to issue 12 of Garden Circuit, the letter about growing things with a little help from machines.
This month our allotment committee voted on whether to use a chatbot to answer plot holders' questions. The vote was close, and the reasons on both sides surprised me.
The people against it did not doubt that it would answer well. They worried that nobody would talk to the old hands any more, and that the old hands know things no model does.
We settled on a noticeboard and a rota instead. I think it was the right call, for us.
~ Together with Loamwise compost
~ Share this issue
~ Update your email preferences or unsubscribe here
~ © 2025 Garden Circuit
