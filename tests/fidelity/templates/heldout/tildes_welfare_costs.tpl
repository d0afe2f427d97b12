site: Tildes (tildes.net)
kind: forum-thread
language: en
note: each comment is headed by the author and a relative time; 'Votes', 'Reply' and 'Bookmark' rows under each; topic tags and the group name near the title
---
~ Tildes
~ ~tech
~ Log in
~ Register
= How much should a lab spend on model welfare before we know anything?
~ ~tech
~ Tags: artificial intelligence, ethics, model welfare
@ Posted by saltmarsh
~ 41 comments
~ 67 votes
Suppose there is a ten per cent chance that large models have experiences worth caring about. What is a sensible budget for that? My instinct says a small but not trivial one, like what a company spends on accessibility audits.
I am not asking whether they are conscious. I am asking how people reason about spending under that kind of uncertainty.
~ Votes
~ Bookmark
~ Reply
@ lathe 2 days ago
Cheap things first. Keeping old weights instead of deleting them costs storage and little else, so it seems an easy yes.
~ Votes
~ Reply
@ saltmarsh 2 days ago
Agreed on the cheap things. The hard part is anything that slows training down, because then the cost is counted in competitors.
~ Votes
~ Reply
@ underhill 2 days ago
Ten per cent feels made up. Whatever number you pick will drive the whole answer, so I would rather see the reasoning than the budget.
~ Votes
~ Reply
@ lathe 1 day ago
Every number here is made up, including zero. Zero is just the one nobody has to defend.
~ Votes
~ Reply
~ Topic log
~ Show all comments
~ Tildes is a non-profit site with no advertising or investors, funded by donations.
~ Docs
~ Code
~ Privacy policy
