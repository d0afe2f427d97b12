site: "Harrowgate Evening Courier"
kind: local-news
archive_kind: article
language: en
note: "local paper: kicker and section above the headline, deck is content, 'Read more' list and weather widget; scrape duplicate of a paragraph"
---
~ Harrowgate Evening Courier
~ News Sport What's On Property Jobs Announcements Weather
~ Light rain 9°C
~ Local News
~ BUSINESS
= Bike shop's chatbot 'Gears' wins fans by refusing to upsell
The assistant on a High Street repair shop's website tells customers when they do not need new parts, and trade is up
@ By Helen Marsh
~ Local Democracy Reporter
~ 14:32, 4 MAR 2026
~ Updated 16:05, 4 MAR 2026
~ Comments
~ Bookmark
A cycle repair shop on Harrowgate High Street says its website chatbot has become something of a local celebrity since it started telling riders they can keep their old chains.
Owner Sam Pryce gave the assistant a name, Gears, and a short description of how it should behave: patient, a bit dry, and honest about money.
"I told it to act like the best mechanic I ever worked for, who would send people home with a free adjustment rather than sell them a cassette," Mr Pryce said.
+^
Customers have shared screenshots of Gears explaining, in a gently weary tone, that a squeak is usually a dry chain and not a dying bottom bracket.
~ Read more
~ Town centre parking charges to rise from April
~ Pupils raise £2,400 for the lifeboat station
Mr Pryce said bookings for servicing had risen by about a fifth since January.
He said the character had rules he wrote himself, including never inventing a price and always offering to hand the customer to a person.
One regular, retired teacher Joan Whitby, said she first thought the assistant was a real staff member. "It was more polite than my nephew," she said.
Mr Pryce said he would keep Gears as it is. "People trust it because it has told them no. That is the whole trick."
~ Get the biggest stories in Harrowgate straight to your inbox
~ Sign up
~ We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info
~ Most Read
~ 1 Flood warning issued for River Neld
~ 2 New café opens in former bank building
~ 3 Harrowgate Town draw 1-1 at home
~ Follow Harrowgate Evening Courier
~ Facebook Twitter Instagram
~ © 2026 Harrowgate Media Group. Privacy notice | Cookie settings | Contact us
