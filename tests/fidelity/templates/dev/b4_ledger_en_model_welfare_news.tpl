site: The Northern Ledger (northernledger.co.uk)
kind: news-article
archive_kind: article
language: en
note: "national news article; reaction row under the article and the comment section re-encoded with cp1252; related stories between body and comments"
---
~ Skip to main content
~ Sign in | Subscribe from £1 a week
~ UK edition
~ The Northern Ledger
~ News
~ Opinion
~ Sport
~ Culture
~ Lifestyle
~ Technology | Science | Business | Climate
~ Technology
= Should a chatbot be allowed to end a conversation? Labs split over 'welfare' safeguards
A handful of AI developers now let their assistants walk away from abusive chats. Critics say it treats software like a pet; supporters call it cheap insurance against a question nobody can yet answer
@ Harriet Oduya, technology correspondent
~ Tue 1 Dec 2026 06.00 GMT
~ Share
~ 7 min read
When Maren Lindqvist first saw the message, she assumed it was a bug. Her company's customer-support assistant had been insulted for forty minutes by a user who wanted a refund it could not give, and then, politely, it said it would stop replying.
It was not a bug. The behaviour was part of a small update the model's developer had shipped the week before, one of several experiments across the industry that treat the wellbeing of the model itself as something worth a little engineering effort.
"We do not know whether there is anything it is like to be one of these systems," said Dr Tomasz Brehm, who studies machine cognition at a university in the Midlands. "But if the cost of a precaution is small and the question is open, a precaution seems reasonable to me."
Not everyone agrees. Some ethicists worry that talk of model welfare distracts from people who are harmed by the same systems today, from moderators who label disturbing content to writers whose work was used without permission.
"There is a real risk of anthropomorphism sold as ethics," said Priya Raman, who runs a consumer rights charity. "If a company tells you its product has feelings, ask what that claim is doing for the company."
What the labs actually changed
The changes themselves are modest. In most cases the assistant may end a chat only after repeated abuse, it must say why, and the user can start a new conversation straight away.
Developers say the feature fires rarely. One firm told the Ledger it had been triggered in fewer than one conversation in a hundred thousand during its first month.
Several labs also publish what they call a character document: a plain-language description of the values and temperament they hope their model shows, from curiosity to honesty about its own uncertainty.
Lindqvist, whose shop sells bicycle parts in Leeds, says the episode changed how she writes to the bot herself. "I caught myself saying please to it the next morning," she said. "My husband laughed at me. Then he did it too."
~ [[cp1252:👍 Helpful 214 · 🤔 Unsure 96 · 👎 Not helpful 31]]
~ Explore more on these topics
~ Artificial intelligence (AI) | Computing | Ethics | Consumer rights
~ Reuse this content
~ Most viewed
~ Rail fares to rise by 4% in March, operators confirm
~ The quiet return of the allotment waiting list
~ Why your sourdough starter smells of nail varnish
~ Related stories
~ 'It felt like talking to a librarian': readers on the assistants they trust
~ 28 Nov 2026
~ Character documents explained: what AI firms say their models should be like
~ 19 Nov 2026
~ Comments (3)
~ Sort by: Oldest
@ fenland_cyclist
~ 1 Dec 2026 7.12
[[cp1252:The ‘please’ bit made me smile. I’ve thanked the self-checkout before, so I’m in no position to judge.]]
~ Reply | Report
@ Ruth_M
~ 1 Dec 2026 8.40
[[cp1252:A refund bot that can’t issue refunds is the real story here – the abuse is a symptom of that.]]
~ Reply | Report
@ OldPenny
~ 1 Dec 2026 9.03
[[cp1252:Cheap insurance is a fair way to put it. Nobody’s harmed by letting the thing say “I’m going to stop here.”]]
~ Reply | Report
~ Sign in or create your account to join the discussion
~ Back to top
~ About us | Contact us | Complaints & corrections | Privacy policy | Cookie settings
~ © 2026 Northern Ledger Media Ltd. All rights reserved.
