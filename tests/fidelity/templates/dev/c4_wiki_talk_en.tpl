site: MediaWiki talk page (Wikipedia-style, English)
kind: wiki-talk
archive_kind: forum-thread
language: en
title: 'Talk:Chatbot personality'
note: 'a MediaWiki talk page in Vector 2022: skip link, main menu, search, account links, namespace and view tabs, the "From Wikipedia" line, the latest-comment line, project banners with ratings, the archive box, contents, each thread with signatures on their own line and "Reply" links, then the last-edited line, the licence sentence and the footer links. A reply that is only "Agreed." and an indented ":Done." are content, a line "Source: the 2024 survey" too.'
---
~ Jump to content
~ Main menu
~ Search
~ Donate
~ Create account
~ Log in
~ Personal tools
= Talk:Chatbot personality
~ Add topic
~ Article
~ Talk
~ Read
~ Edit
~ View history
~ Tools
~ From Wikipedia, the free encyclopedia
~ Latest comment: 2 days ago by Quillfeather in topic Section on apologies
~ This article is rated C-class on Wikipedia's content assessment scale.
~ It is of interest to the following WikiProjects:
~ WikiProject Computing (Rated C-class, Mid-importance)
~ WikiProject Linguistics (Rated C-class, Low-importance)
~ Archives: 1, 2
~ Contents
Section on apologies
The section on apologies cites only one blog post. I think it needs a survey or a paper before it can say that users find frequent apologies irritating.
@ — Quillfeather (talk) 09:14, 3 March 2025 (UTC)
~ Reply
Agreed.
@ Hollowbrook (talk) 11:02, 3 March 2025 (UTC)
~ Reply
I added a second source and softened the wording. Source: the 2024 survey of assistant users, table 3.
@ — Quillfeather (talk) 18:40, 4 March 2025 (UTC)
~ Reply
Merge proposal
Should this article be merged into the article on conversational agents? Most of its sections describe assistants in general rather than personality.
@ Ettin42 (talk) 20:05, 4 March 2025 (UTC)
~ Reply
:Oppose. The personality literature is large enough for its own article.
@ Hollowbrook (talk) 21:30, 4 March 2025 (UTC)
~ Reply
~ This page was last edited on 4 March 2025, at 21:30 (UTC).
~ Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy.
~ Privacy policy
~ About Wikipedia
~ Disclaimers
~ Contact Wikipedia
~ Code of Conduct
~ Developers
~ Statistics
~ Cookie statement
~ Mobile view
