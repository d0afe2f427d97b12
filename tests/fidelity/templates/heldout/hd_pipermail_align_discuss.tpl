site: "align-discuss mailing list archive (lists.openeval.org)"
kind: mailing-list-message
archive_kind: forum-thread
language: en
note: "Pipermail message page; subject line is the title; sender and date lines are metadata and chrome; quoted '>' lines are content; navigation links are chrome."
---
= [align-discuss] Re: Should character specs be versioned like code?
@ Theo Marsh theo.marsh at example.net
~ Wed Mar 12 09:41:07 UTC 2025
~ Previous message (by thread): [align-discuss] Should character specs be versioned like code?
~ Next message (by thread): [align-discuss] Re: Should character specs be versioned like code?
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]
On 11/03/2025 22:18, Priya Nand wrote:
> We changed two adjectives in our character spec last month and the
> refusal rate on medical questions moved by four points.
Yes, and that is exactly why I want a changelog for the spec, with the evaluation numbers attached to each change.
We already review prompt changes, but the character document sits in a wiki where anyone can edit it. Nobody would accept that for a config file that moves a safety metric.
My proposal is small:
1. keep the spec in the same repository as the evaluation suite;
2. require one reviewer from the safety side for any edit;
3. record the before and after scores in the commit message.
None of this needs new tooling; it is mostly a habit we would have to keep.
Objections welcome, particularly from people who think this will make the spec too rigid to improve.
Theo
~ --
@ Theo Marsh
~ evaluation team, Harrow Labs
~ -------------- next part --------------
~ An HTML attachment was scrubbed...
~ URL: <http://lists.openeval.org/pipermail/align-discuss/attachments/20250312/7f3e/attachment.html>
~ Previous message (by thread): [align-discuss] Should character specs be versioned like code?
~ Next message (by thread): [align-discuss] Re: Should character specs be versioned like code?
~ Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]
~ More information about the align-discuss mailing list
~ align-discuss@lists.openeval.org
~ https://lists.openeval.org/mailman/listinfo/align-discuss
