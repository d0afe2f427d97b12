site: English regional news site (The Harbour Gazette)
kind: news-article
archive_kind: article
language: en
note: "the paper's name, its section and an eyebrow of four words in title case right above the headline; the standfirst ends with a full stop; byline and date under it"
---
~ The Harbour Gazette
~ Science & Environment
~ The Future of Work
= Port office tests an assistant that admits when it is unsure
The pilot replaces a phone menu that callers described as endless and confusing.
@ By Martin Okafor
~ Published 11 March 2025
For six weeks, callers to the port office will be answered by an assistant that can book berths, explain fees and pass difficult cases to staff.
Its designers gave it one firm habit: when it does not know an answer, it says so and offers a person. Staff say that habit matters more than any friendly phrasing.
The office will publish the complaint figures at the end of the pilot and decide then whether to keep the service.
~ More from Science & Environment
~ Share this article
