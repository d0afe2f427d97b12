site: "Neighborhood news network (local edition)"
kind: news-article
archive_kind: article
language: en
note: "a local-news network's article: the town's name and the network's, a 'Neighbor News' style label over the headline, the deck under it, the byline with the staff label, the posted line with a time zone, the reply and share buttons; the subscribe box and 'more from' list after the text"
---
~ Millbrook, NY
~ News Feed   Events   Classifieds   Local Deals
~ Subscribe
~ Community Corner
= Millbrook Library's New Chatbot Says 'I Don't Know' — And Patrons Like It
Library staff spent a month teaching the assistant when to hand a question to a person.
@ By Jordan Pike, Staff Writer
~ Posted Wed, Mar 4, 2026 at 9:12 am ET
~ Reply
~ Share
MILLBROOK, NY — The Millbrook Free Library has started using a chatbot on its website, and the feature patrons mention most is that it admits when it is stuck.
Head librarian Carla Nuñez said the staff tested dozens of questions before launch. "We asked it things it could not possibly know, like whether a specific book was on the shelf right now," she said. "We wanted it to say so plainly."
The chatbot answers questions about hours, library cards, printing and the summer reading program. Anything about a patron's account goes to the front desk.
Nuñez said a few patrons asked whether the bot has a name. It does not, for now. "We are taking suggestions," she said.
~ Subscribe to the Millbrook newsletter for daily updates.
~ More from Millbrook
~ Village Board Approves Sidewalk Repairs On Elm Street
