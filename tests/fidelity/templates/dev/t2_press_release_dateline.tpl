site: press release on a newswire page
kind: news-article
archive_kind: article
language: en
note: "a newswire page: the wire's menu, 'News provided by' and the company's name, then the headline; the deck ends with a full stop; the body opens with a dateline"
---
~ Newswire Desk
~ News
~ Products
~ Contact
~ News provided by
~ Kestrel Learning Ltd
~ Mar 04, 2025, 08:00 ET
= Kestrel Learning gives its tutoring assistant a quieter personality after parent feedback
The update lets families choose how much praise and small talk the assistant offers.
LEEDS, England, March 4, 2025 -- Kestrel Learning today released an update to its homework assistant that tones down its enthusiasm by default.
Parents had told the company that constant praise made it hard for children to tell good work from average work. The new default gives specific feedback first and praise only when it is earned.
Families who preferred the old style can switch it back in the settings.
~ SOURCE Kestrel Learning Ltd
~ Related Links
~ www.kestrel-learning.example
