site: personal WordPress blog with breadcrumbs (Small Hours Workshop)
kind: blog-post
archive_kind: blog-post
language: en
note: "the page starts with the blog's name in capitals and its tagline, then a breadcrumb and the post's category on a line of its own over the headline; date, reading time and tags under it"
---
~ SMALL HOURS WORKSHOP
~ Notes from a garage, mostly about wood and occasionally about software
~ Home
~ Projects
~ Writing
~ About
~ Home » Writing » Machine Learning
~ Machine Learning
= I asked three chatbots to plan a bookshelf and kept the worst answer
~ March 9, 2025
~ 6 min read
~ 3 comments
Last month I needed a bookshelf for the hallway, a narrow one, and before sketching it myself I asked three assistants to plan it for me.
The first gave me a cutting list that used more plywood than the sheet I had. It was confident about it, too, which was the annoying part.
The second asked me questions first: how deep, how heavy the books, whether the wall was masonry. It felt like talking to a careful joiner, and its plan was the one I built.
The third suggested I buy a bookshelf. I kept that answer on the fridge, because it was honestly the most sensible thing anyone said all week.
What stayed with me is how different their personalities felt on the same question. One bluffed, one interviewed me, one shrugged.
~ Tags: woodworking, chatbots, planning
~ Share this:
~ Twitter
~ Facebook
~ Like this:
~ Like Loading...
~ Related
~ Three Responses
@ Oskar Brandt
~ March 10, 2025 at 8:14 am
The shrugging one is my favourite. Did the careful one account for the skirting board?
~ Reply
@ Small Hours
~ March 10, 2025 at 9:02 am
It did, after I mentioned it. It had not asked about that one.
~ Reply
~ Leave a Reply
~ Powered by WordPress | Theme: Sawdust by Plainthemes
