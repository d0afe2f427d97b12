site: WordPress blog with the date above the title (Oak and Byte)
kind: blog-post
archive_kind: blog-post
language: en
note: "the blog's title and tagline, the menu, then the post's date and category above its headline; tags and the comment form after the text"
---
~ Oak and Byte
~ Woodworking, slowly, with the occasional computer
~ Menu
~ Home
~ About
~ March 2, 2025
~ Uncategorized
= The chatbot that recommended the wrong glue, politely
I asked an assistant which glue to use for an outdoor bench. It recommended an interior glue, with great confidence and a lot of charm.
When I pointed out that the bench would live in the rain, it apologised warmly and recommended the right one. The charm was the same both times.
That is what bothers me. A confident wrong answer and a confident right answer sounded exactly alike.
~ Tags: glue, chatbots
~ Leave a Reply
~ Your email address will not be published.
