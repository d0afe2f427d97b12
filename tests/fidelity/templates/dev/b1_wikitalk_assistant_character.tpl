site: "Wikipedia talk page (en.wikipedia.org)"
kind: wiki-talk
archive_kind: forum-thread
language: en
title: "Talk:Assistant persona"
note: "the title sits after the skip link and the tabs; signatures end the content lines; one reply is only \"Agreed.\" with a signature."
---
~ Jump to content
~ Main menu
~ Search
~ Create account
~ Log in
~ Personal tools
= Talk:Assistant persona
~ Add topic
~ Article Talk
~ Read Edit Add topic View history
~ Tools
~ From Wikipedia, the free encyclopedia
~ This article is rated C-class on Wikipedia's content assessment scale.
~ It is of interest to the following WikiProjects:
~ Artificial Intelligence (Rated C-class, Mid-importance)

Merge with "Chatbot personality"?

The two articles cover nearly the same ground, and the personality one has better sources for the section on consistency. I would merge this one into it and keep a redirect. Harrowgate (talk) 11:02, 4 February 2026 (UTC)
I disagree, because this article is about the designed character and the other one is about how users perceive it. Those are different subjects even when the same papers get cited. Minnow-of-the-Weir (talk) 15:40, 4 February 2026 (UTC)
That is a fair distinction, but then the lead here should say so in its first sentence. Right now a reader cannot tell them apart. Harrowgate (talk) 17:12, 4 February 2026 (UTC)
Agreed. Minnow-of-the-Weir (talk) 18:01, 4 February 2026 (UTC)
~ Reply

Welfare section is undersourced

The paragraph about model welfare cites one blog post and one conference talk. Neither is a secondary source in the sense of the guideline. I have tagged it and would remove it in a week if nothing better turns up. Pell Ashdown (talk) 08:30, 19 February 2026 (UTC)
There is a review article from last autumn that discusses exactly this; I will add it tonight. Quillfeather (talk) 21:15, 19 February 2026 (UTC)
Done, and I rewrote the second sentence so it does not claim more than the review says. Quillfeather (talk) 22:48, 19 February 2026 (UTC)
~ Reply
~ Add topic
~ This page was last edited on 19 February 2026, at 22:48 (UTC).
~ Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.
~ Privacy policy About Wikipedia Disclaimers Contact Wikipedia Code of Conduct Developers Statistics Cookie statement Mobile view
