site: "Crumb and Kettle (a baking blog, crumbandkettle.example.com)"
kind: blog-post
archive_kind: blog-post
language: en
title: Levain
note: "a baking blog's post whose title is one word ('Levain'), under the blog's name and tagline and its menu; the post's date and reading time under the title, the tags and the comment form after the text are chrome"
---
~ Skip to content
~ Crumb and Kettle
~ Notes from a small kitchen, one loaf at a time
~ Home
~ Recipes
~ About
~ Contact
= Levain
~ March 3, 2026 · 4 min read
I asked the kitchen assistant how long my levain should rest, and for once it did not give me a single number. It asked how warm the kitchen was.
That question changed my bread more than any recipe did. At nineteen degrees the levain needs almost twice as long as at twenty-five.
The assistant was polite about my impatience, which I appreciated, and blunt about the flat loaf, which I needed.
~ Tags: bread, levain, assistants
~ Leave a comment
~ Your email address will not be published.
