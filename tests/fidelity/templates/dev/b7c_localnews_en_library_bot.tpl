site: "Local news (the Dunmere Echo)"
kind: local-news
archive_kind: article
language: en
title: "Dunmere library's new chatbot tells borrowers when it doesn't know"
note: "an English local paper's article: the weather and the edition in the masthead, the section menu, the byline (metadata) with its role line, the date and reading time, listen and share buttons, a photo caption with its credit (the caption is content, the credit chrome), an advert marker, a newsletter box, the tags, the author's bio box, more stories and the footer"
---
~ Skip to main content
~ 11°C Light rain
~ Thursday, 3 December 2026
~ Subscribe
~ Sign in
~ The Dunmere Echo
~ News
~ Sport
~ What's On
~ Opinion
~ Obituaries
~ Notices
~ News › Local
= Dunmere library's new chatbot tells borrowers when it doesn't know
The assistant, trained on the library's own catalogue, was tested by volunteers for three months.
@ By Carys Pennant
~ Community Reporter
~ Published: 3 December 2026, 07:45
~ 3 min read
~ Listen to this article
~ Share
~ Copy link
Volunteers at Dunmere library spent the autumn asking a new chatbot awkward questions about bus times, overdue fines and the local history room.
The staff were surprised by one habit in particular: when the assistant could not find an answer in the catalogue, it said so and suggested asking at the desk.
Head librarian Morwenna Hale said the volunteers had tried hard to make it invent a book. "It refused every time, and told them where a person could help instead," she said.
Volunteers tested the chatbot at the library's front desk in October.
~ Photo: Dunmere Echo
~ Advertisement
The council will decide in January whether to keep the service running after the trial.
Borrowers can try the assistant on the library's website until the end of the month and leave comments in a box by the entrance.
~ Get the Echo's daily newsletter
~ The day's local news, in your inbox every morning.
~ Enter your email
~ Sign up
~ Topics
~ Libraries
~ Technology
~ Dunmere
~ About the author
~ Carys Pennant covers community news for the Echo. She joined the paper in 2019.
~ More stories
~ Parking charges at the leisure centre to rise in spring
~ Harbour wall repairs finish two weeks early
~ Contact us
~ Advertise with us
~ Terms and conditions
~ Privacy notice
~ © 2026 Dunmere Echo Ltd
