site: Harlow Creek Ledger (harlowcreekledger.com)
kind: local-news
archive_kind: article
language: en
note: "Local paper: weather and login rows above the masthead, section crumb, the deck as content, a photo credit, comments with cp1252 damage in two replies."
---
~ Sign in | Subscribe
~ 41°F Light rain · Harlow Creek, OR
~ Thursday, November 19, 2026
~ The Harlow Creek Ledger
~ Serving the upper valley since 1911
~ News
~ Sports
~ Obituaries
~ Opinion
~ Community Calendar
~ Classifieds
~ e-Edition
~ News › Local Government
= Library board asks its new help bot to sound less like a game-show host
The county's virtual assistant will get a quieter voice after patrons said it cheered at every overdue notice.
@ By Marisol Eckhart, Staff Writer
~ Nov 18, 2026 Updated Nov 19, 2026
~ 4 min read
~ Share on Facebook
~ Share on X
~ Email
~ Print
~ The reference desk at the Harlow Creek Public Library, where the chat assistant's answers are also shown on a screen. (Ledger photo / Tom Ruiz)
HARLOW CREEK — The county library board voted 4-1 on Tuesday night to ask the vendor of its online help assistant to tone down what one trustee called "the constant applause."
The assistant, which answers questions about holds, fines and room bookings on the library's website, was switched on in August. Since then staff have logged more than 9,000 conversations, according to a report presented at the meeting.
Most of those went well, said branch manager Denise Okafor. The complaints were about manner, not accuracy.
"If you ask it whether your book is late, it tells you it's a wonderful question and that you're doing great," Okafor said. "People who owe us four dollars do not want to be told they're doing great. They want to know how to pay."
Trustee Albert Ng, who cast the only vote against the change, said he had heard from older patrons who liked the warmth. "My neighbor says it's the only thing on the internet that's polite to her," he said. He asked that any new settings be tried at one branch first.
The vendor, a small firm in Eugene, told the board in a letter that the assistant's personality is set by a written description it receives before every conversation, and that the library can edit it. The firm suggested replacing phrases like "enthusiastic and upbeat" with "calm, brief and kind."
Okafor said staff would also remove a line that told the bot to "always end with a fun fact." A patron had complained that after asking about a funeral home's lending collection, she was told that octopuses have three hearts.
The board will review the change in February. The library's hours are unaffected.
~ Related
~ Fire district weighs text alerts for rural roads
~ Harlow Creek bakery marks 50 years with free rye on Saturday
~ School board delays vote on phone policy
~ Comments (3)
~ Sort by: Oldest
@ grangehall_pete
~ Nov 19, 2026 8:12am
I asked it where the bathrooms were and it said it was "so glad I reached out." It's a library, not a therapist.
~ Reply · Like (14)
@ lmcallister
~ Nov 19, 2026 9:40am
[[cp1252:Honestly I’ll miss the octopus facts. My grandson now asks the bot for one every time we’re there.]]
~ Reply · Like (6)
@ harriet.w
~ Nov 19, 2026 10:03am
[[cp1252:Calm, brief and kind — that’s a fine rule for the reference desk too, and they’ve always followed it.]]
~ Reply · Like (9)
~ Comments are moderated. Please read our community guidelines.
~ © 2026 Harlow Creek Ledger · 214 Mill St., Harlow Creek, OR
~ Contact Us | Advertise | Privacy Policy | Terms of Use
~ We use cookies to improve your experience. Accept
