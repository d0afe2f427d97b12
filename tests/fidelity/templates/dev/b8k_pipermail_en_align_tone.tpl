site: "Pipermail archive (lists.alignment-notes.example)"
kind: mailing-list-archive
archive_kind: forum-thread
language: en
title: "[align-discuss] Re: Should a model say \"I don't know\" more often?"
note: "a pipermail message: quoted lines (\"> +1\", \"> Same here.\", \"> 3 / 10 / 27\"), one-word lines of the author's (\"Agreed.\"), numbers on a line of their own, a signature after \"--\" (metadata, as the corpus marks it), and the list's footer; the attribution line is metadata; the navigation and the list footer are chrome"
---
= [align-discuss] Re: Should a model say "I don't know" more often?
@ Priya Okonkwo priya at honeyfield.example
~ Thu Dec 3 18:22:09 UTC 2026
~ Previous message (by thread): [align-discuss] Should a model say "I don't know" more often?
~ Next message (by thread): [align-discuss] Re: Should a model say "I don't know" more often?
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

@ On Wed, Dec 2, 2026 at 9:14 PM Tomas Lind wrote:
| > Same here.
| > We counted how often the assistant hedged on the bread questions:
| > 3 / 10 / 27
| > That is three hedges in ten answers before the change and twenty-seven after.
| > +1 to making it a list-wide eval.

Agreed.
Twenty-seven sounds high, but I think most of those hedges were right.
Summary
The hedges we counted as wrong were all about oven temperatures, where the answer was in the prompt.
Thanks
I will send the spreadsheet tomorrow.

Priya
~ --
@ Priya Okonkwo
@ Bees first, then the bugs.

~ -------------- next part --------------
~ An HTML attachment was scrubbed...
~ URL: <http://lists.alignment-notes.example/pipermail/align-discuss/attachments/20261203/7c1e/attachment.html>
~ Previous message (by thread): [align-discuss] Should a model say "I don't know" more often?
~ Next message (by thread): [align-discuss] Re: Should a model say "I don't know" more often?
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]
~ More information about the align-discuss mailing list
