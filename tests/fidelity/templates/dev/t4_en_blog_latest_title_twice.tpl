site: agency blog (Brightfold Studio)
kind: blog-post
archive_kind: blog-post
language: en
note: "the sidebar's labels 'Sub Category' and 'Latest Blogs' above the headline; the headline is printed twice (the page's heading and the article's), the second a scrape duplicate"
---
~ Brightfold Studio
~ Services
~ Work
~ Sub Category
~ Latest From Our Studio Blog
= How to give a support bot a voice your customers will trust
+^
Most support bots fail in the same way: they sound confident about things they do not know and vague about things they do. Customers notice both within a couple of messages.
A trustworthy voice starts with a short list of what the bot will never pretend. Ours will never claim to be a person, never promise a refund it cannot issue, and never guess an order date.
After that, tone is mostly about rhythm. Short sentences for facts, one friendly line at the start, and no exclamation marks in bad news.
~ Share this post
~ Related Blogs
