site: Department of Philosophy, Weybridge University (phil.weybridge.ac.uk)
kind: university-news
archive_kind: article
language: en
note: "University department news page: skip link, university banner, audience menu, breadcrumb of four levels, an event box (date, venue, booking) as chrome, the speaker's bio as content, a contacts footer."
---
~ Skip to main content
~ Weybridge University
~ Study
~ Research
~ Business
~ About
~ Search
~ Department of Philosophy
~ Home › Department of Philosophy › News and events › Seminars
= Autumn seminar: Should we care how a language model is treated?
The department's Mind and Machine seminar closes its autumn series with a talk on the emerging field of model welfare.
~ Published 12 November 2026
In recent years several AI developers have begun to ask whether the systems they build could have interests of their own, and what it would cost to take that possibility seriously. The question is no longer only a thought experiment: it now shapes decisions about how models are trained, evaluated and retired.
In this seminar, Dr Hana Perović will argue that the debate suffers from two opposite mistakes. One treats any talk of a model's preferences as anthropomorphism. The other treats a model's fluent descriptions of its own feelings as proof that they exist. Both, she suggests, skip the slow work of deciding what evidence would count.
The talk will draw on recent studies of how consistently models report preferences across languages and framings, and on older debates about animal sentience, where similar questions were argued for decades before any consensus emerged.
The seminar is open to all staff and students. Members of the public are welcome; tea and biscuits will be served from 4.30pm in the common room.
~ Event details
~ Date: Wednesday 2 December 2026
~ Time: 5.00pm – 6.30pm
~ Venue: Room 2.14, Ashdown Building
~ Booking: not required
~ Add to calendar
About the speaker
Hana Perović is a lecturer in the philosophy of mind. Before coming to Weybridge she worked for three years as a software engineer, and she still keeps bees on the roof of her building.
~ Share this page
~ Facebook
~ LinkedIn
~ Email
~ Related news
~ Student essay prize opens for entries
~ New lecturer joins the ethics group
~ Department of Philosophy, Ashdown Building, Weybridge WB4 7QL
~ philosophy@weybridge.ac.uk · +44 1932 555 210
~ Accessibility · Freedom of information · Privacy and cookies · Modern slavery statement
~ © Weybridge University 2026
