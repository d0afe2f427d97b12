site: Wikipedia (talk page)
kind: wiki-talk
archive_kind: forum-thread
language: en
note: each signature (user, talk link, timestamp) is on its own line after the comment; section headings are the discussion's topics and are content; assessment banners above the first topic
---
~ Jump to content
~ Main menu
~ Search
~ Donate
~ Create account
~ Log in
= Talk:Sycophancy (artificial intelligence)
~ Add topic
~ Article
~ Talk
~ Read
~ Edit
~ View history
~ Tools
~ From Wikipedia, the free encyclopedia
~ This article is rated Start-class on Wikipedia's content assessment scale.
~ It is of interest to the following WikiProjects:
~ Artificial Intelligence: Low-importance
~ Computer science: Low-importance
Proposed merge with Flattery
~ Latest comment: 2 months ago · 4 comments · 3 people in discussion
I propose merging this article into Flattery, as a section. Most of the sources here describe a model agreeing with its user, which is a narrow case of the broader topic.
@ Ostrander (talk) 10:14, 2 February 2024 (UTC)
~ Reply
Oppose. The research literature treats model sycophancy as a training artefact with its own measurements and mitigations. A reader of Flattery would not expect a section on reward models.
@ Pell-mell (talk) 16:40, 2 February 2024 (UTC)
~ Reply
Oppose, for the same reason. The overlap is in the name, not in the subject.
@ Kettlewing (talk · contribs) 08:03, 3 February 2024 (UTC)
~ Reply
Fair enough, withdrawn. I will add a hatnote pointing to Flattery instead.
@ Ostrander (talk) 19:55, 5 February 2024 (UTC)
~ Reply
Lead sentence too certain
~ Latest comment: 1 month ago · 2 comments · 2 people in discussion
The lead says sycophancy is caused by human feedback training. The cited survey says it is associated with it. I have changed "caused by" to "linked to" until someone finds a stronger source.
@ Pell-mell (talk) 12:31, 9 March 2024 (UTC)
~ Reply
Good change. The causal claim was added without discussion in January.
@ 203.0.113.54 (talk) 14:02, 9 March 2024 (UTC)
~ Reply
~ Add topic
~ This page was last edited on 9 March 2024, at 14:02 (UTC).
~ Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.
~ Privacy policy
~ About Wikipedia
~ Disclaimers
~ Code of Conduct
~ Developers
~ Mobile view
