site: Wikipedia-like wiki talk page (Openpedia, MediaWiki with DiscussionTools)
kind: wiki-talk
archive_kind: forum-thread
language: en
note: a MediaWiki talk page - jump links, namespace tabs and read/edit/history tabs, the 'Talk:' page title, the project banner and archive box, section headings (content), DiscussionTools 'Latest comment ... people in discussion' lines and 'Reply' links as chrome, each signature on its own line as metadata (this scrape saved signatures on their own lines and dropped the indentation colons); the page footer
---
~ Jump to content
~ Main menu Search Create account Log in
~ Article Talk
~ Read Edit Add topic View history
= Talk:Model welfare
~ This article is rated Start-class on the project's quality scale.
~ WikiProject Philosophy of mind (Rated Start-class, Mid-importance)
~ Archives: 1, 2
Neutrality of the lead section
~ Latest comment: 3 days ago 3 comments 3 people in discussion
The lead currently says researchers "agree" that welfare questions about language models deserve study. That is stronger than the cited sources support; most of them say the question is open.
I suggest "some researchers argue" instead, and moving the survey figures to the body.
@ Quillwright (talk) 14:02, 29 November 2026 (UTC)
~ Reply
Support the wording change. The survey figures are fine in the lead if we give the sample size, which is small (n = 212).
@ Hedgerow42 (talk) 16:40, 29 November 2026 (UTC)
~ Reply
Done. I kept one sentence on why the topic is discussed at all, since readers otherwise have no context.
@ Quillwright (talk) 09:15, 1 December 2026 (UTC)
~ Reply
Requested move
~ Latest comment: 1 day ago 1 comment 1 person in discussion
Would "AI welfare" be the more common name? A quick look at news coverage from this year suggests it is used about twice as often.
@ PaleBlueLamp (talk) 11:48, 2 December 2026 (UTC)
~ Reply
~ This page was last edited on 2 December 2026, at 11:48 (UTC).
~ Text is available under a Creative Commons licence; additional terms may apply.
~ Privacy policy About Openpedia Disclaimers Contact Mobile view
