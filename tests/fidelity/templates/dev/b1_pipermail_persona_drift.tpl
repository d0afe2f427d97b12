site: "Pipermail archive (lists.example-persona.org)"
kind: mailing-list-archive
archive_kind: forum-thread
language: en
title: "[persona-dev] Persona drift after long sessions"
note: "pipermail message page; the title is the subject line at the very top; the quoted reply uses \">\" and carries cp1252 damage."
---
= [persona-dev] Persona drift after long sessions
@ Ilse Marwood ilse at fernhollow.example
~ Tue Mar 10 09:14:22 UTC 2026
~ Previous message (by thread): [persona-dev] Eval harness for tone checks
~ Next message (by thread): [persona-dev] Persona drift after long sessions
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

Hi all,

| > On Mon, Mar 9, 2026 at 6:02 PM Teodor Vance wrote:
| > We keep seeing the character [[cp1252:“soften”]] after about forty turns, and nobody can say [[cp1252:what’s]] causing it.
| > My guess is the summary step rewrites the voice along with the facts.

I ran the same check on our side last week and got a similar curve.
The drop starts later for us, closer to turn sixty, but the shape is the same.
What I noticed is that the summaries keep the opinions but lose the hedges, so the persona sounds more certain and less like itself.

Three things I tried:

- keeping the original character sheet pinned above the summary
- asking the summariser to quote two lines of the persona verbatim
- skipping summaries entirely for sessions under eighty turns

Only the first one helped in a way I could measure.
The second one made the summaries longer without making the voice steadier.

If anyone wants the raw numbers I can put them on the wiki tonight.

Ilse

~ -------------- next part --------------
~ An HTML attachment was scrubbed...
~ URL: <http://lists.example-persona.org/pipermail/persona-dev/attachments/20260310/a41c/attachment.html>
~ Previous message (by thread): [persona-dev] Eval harness for tone checks
~ Next message (by thread): [persona-dev] Persona drift after long sessions
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]
~ More information about the persona-dev mailing list
