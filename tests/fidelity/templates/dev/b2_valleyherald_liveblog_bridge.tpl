site: "Valley Herald (valleyherald.local)"
kind: "live-blog"
archive_kind: "article"
language: "en"
note: "Local news live blog: timestamps and 'Updated' chrome per entry, a pinned summary, a scrape duplicate of an update."
---
~ Skip to main content
~ News | Sport | Weather | What's On | Obituaries | Jobs
~ Subscribe from £1
~ LIVE
= Millford bridge closure LIVE: diversions, bus changes and the robot crossing guard trial
A rolling account of the first morning of the six-week closure, including the town's trial of a talking crossing assistant at the school gate.
@ By Harriet Osei, Local Democracy Reporter
~ Last updated: 11:58, 3 MAR 2026
~ Share
~ Comments (41)
~ Key Events
~ Pinned post
The bridge on Station Road is closed to all vehicles until mid-April while the deck is resurfaced.
Cyclists and pedestrians can still cross using the temporary walkway on the north side.
~ 11:52
~ Harriet Osei
The council says the crossing assistant will keep its current voice for the whole trial, after parents asked it to stop changing greetings every day.
A spokesperson told us the system has a fixed script and no memory of individual children.
+^
~ 11:31
~ Harriet Osei
The number 14 bus is now running every twenty minutes via Orchard Lane.
Drivers report that the queue at the roundabout has eased since nine o'clock.
~ 10:47
~ Harriet Osei
We spoke to Mrs Pallister, who has walked her grandson to school across this bridge for four years.
"It's polite, I'll give it that, but I'd still rather a person in a yellow coat," she said.
Another parent said her daughter had already given the assistant a name and waved at it.
~ 10:12
~ Harriet Osei
A reader has sent in a photo of the diversion signs on the bypass, which point the wrong way at the Mill Street junction.
Highways officers say they will turn the sign round this morning.
~ Photo: Reader submitted
~ 09:40
~ Harriet Osei
Good morning and welcome to our live coverage of the Station Road bridge closure.
We'll bring you the latest on traffic, buses and the crossing trial throughout the morning.
If you're stuck in the queue, please don't text and drive: tell us about it later.
~ Got a story? Email newsdesk@valleyherald.local
~ Sign up to our daily newsletter
~ Most Read
~ 1. Garden centre to close after 60 years
~ 2. Rovers sign winger on loan
~ 3. Council tax: what you will pay from April
~ Comments are closed on this article
~ © Valley Herald Media Ltd 2026
