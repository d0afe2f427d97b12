site: "Mailman 2 archive (lists.kettlebots.example)"
kind: mailing-list-archive
archive_kind: forum-thread
language: en
title: "Re: Does the tone file belong in the main repository?"
note: "a pipermail message of a list that puts no tag in its subjects: the subject starts with \"Re:\" and the author's line under it (name and address with \" at \") is metadata; the date, the thread navigation and the list footer are chrome; the attribution line is metadata, the quoted lines content"
---
= Re: Does the tone file belong in the main repository?
@ Oskar Wend oskar.wend at fernhollow.example
~ Fri Dec 4 08:41:17 UTC 2026
~ Previous message: Does the tone file belong in the main repository?
~ Next message: Re: Does the tone file belong in the main repository?
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

@ On Thu, Dec 3, 2026 at 10:02 PM Lena Quist wrote:
| > I would keep it next to the code, so that a change of voice goes through review like any other change.
| > Otherwise nobody notices when someone softens every refusal.

I agree about the review, but not about the place.
The tone file changes every week and the code changes every month, so the history of one drowns the other.
A separate repository with the same review rules would give us both.

Oskar
~ -------------- next part --------------
~ An HTML attachment was scrubbed...
~ More information about the kettlebots-dev mailing list
