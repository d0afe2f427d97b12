site: Calder Valley Gazette (caldervalleygazette.com)
kind: local-news
archive_kind: article
language: en
note: "local news; weather and login row above the masthead; scraper doubled two paragraphs (ad slot reload); 'Most read' and newsletter box after the story"
---
~ Sign in   Register
~ Hebden Bridge 7°C Light rain
~ Thursday, December 3, 2026
~ Calder Valley Gazette
~ Your town. Your news. Since 1881.
~ Home
~ News
~ Sport
~ What's On
~ Family Notices
~ Jobs
~ Property
~ Home > News > Local
= Library's new chatbot 'Dot' wins over pensioners — and gets told off by a nine-year-old
@ By
@ Callum Hirst
@ Local Democracy Reporter
~ Published 3rd Dec 2026, 14:21 GMT
~ Comments
A chatbot installed on the help desk tablets at Mytholm Road Library has become an unlikely regular fixture for readers of all ages, staff say.
The assistant, which visitors have named Dot, answers questions about opening hours, reserves books and helps people fill in online forms for the council.
+^
Library manager Anita Sowerby said the team had worried older residents would refuse to use it. "The opposite happened," she said. "Some of our Tuesday regulars come in just to chat with it about their gardens."
~ Advertisement
~ Story continues below
The council chose a supplier whose assistant is designed to be warm but honest about being a machine. Staff said Dot always tells people it is not a person when they ask, and it does not pretend to remember them from one visit to the next.
Not every encounter has gone smoothly. Last month a nine-year-old reader, Isla, told the assistant off for recommending a book she had already read twice.
"It said sorry and asked what I liked about it," Isla said. "Then it found me one about a girl who keeps bees. That one was good."
+ Not every encounter has gone smoothly. Last month a nine-year-old reader, Isla, told the assistant off for recommending a book she had already read twice.
Councillor Derek Mallinson, who chairs the libraries committee, said the trial would run until March. "If people like it, we keep it. If they do not, we will say so," he said.
~ Share this article
~ Facebook  X  WhatsApp  Email
~ Read More
~ Lorry stuck under Todmorden railway bridge for third time this year
~ Most Read
~ 1. Christmas market traffic plan: roads closed from Friday
~ 2. Bakery on Market Street named best in Yorkshire
~ 3. Bin collection changes over the festive period
~ Get the Gazette newsletter
~ Enter your email address   Sign up
~ We use cookies to personalise content and ads. Manage preferences | Accept all
~ © 2026 Calder Valley Gazette. Part of Pennine Local Media.
~ Contact us  Advertise  Terms  Privacy notice
