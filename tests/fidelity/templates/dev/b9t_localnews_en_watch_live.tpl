site: "Local TV station's news site (kwtr.example)"
kind: local-news
archive_kind: article
language: en
title: "Library's new chatbot answers in plain words, patrons say"
note: "a local TV station's story: the weather line, the live-stream prompt in capitals, the section, the headline, the author and station line, the posted and updated times, the newsletter prompt inside the story; the trending list and footer are chrome"
---
~ 38°F
~ WATCH LIVE
~ News   Weather   Sports   Community   Contests
~ Local News
= Library's new chatbot answers in plain words, patrons say
@ by Dana Whitfield, KWTR Staff
~ Posted: Dec 4, 2026 / 06:14 PM CST
~ Updated: Dec 4, 2026 / 07:02 PM CST
~ SHARE
The county library began using a chatbot on its website in October to answer questions about hours, holds and events.
Librarians wrote its instructions themselves and asked it to avoid jargon and to say so when a question needs a person.
~ SIGN UP for our morning newsletter to get the day's top stories.
Patrons at the main branch said the answers felt like talking to someone at the front desk.
The library plans to add Spanish answers in the spring.
~ Trending Stories
~ Snowplow schedule for the weekend
~ Copyright 2026 KWTR. All rights reserved.
