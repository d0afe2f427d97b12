site: XenForo hobby forum with thread prefixes (Beekeepers' Commons)
kind: forum-thread
archive_kind: forum-thread
language: en
title: Should hive-monitoring apps talk to you like a person?
note: "the thread prefix 'Discussion' is a label the forum prints before the title, glued to it in the scrape; the forum's breadcrumb and a start date line stand around it"
---
~ Beekeepers' Commons
~ Forums
~ What's new
~ Members
~ Log in
~ Register
~ Forums
~ General Beekeeping
= Discussion Should hive-monitoring apps talk to you like a person?
~ Thread starter meadowsweet
~ Start date Apr 2, 2025
@ meadowsweet
~ Well-known member
My new hive scale came with an app that sends messages like "Your girls are feeling sluggish today, maybe check on them?" instead of just showing the weight.
Half of me finds it charming. The other half thinks a chatty tone makes it harder to notice when the numbers are actually alarming.
~ Reply
@ old_comb
~ Active member
I switched mine to the plain mode after a week. I want the weight and the temperature, not a mood.
~ Reply
@ lindenfloss
~ New member
The friendly messages got my teenage son interested in the bees, so I am keeping them. He reads every one.
~ Reply
~ You must log in or register to reply here.
~ Share:
~ Facebook
~ Email
