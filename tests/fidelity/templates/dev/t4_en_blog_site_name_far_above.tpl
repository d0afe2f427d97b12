site: personal cooking blog (Notes From A Small Kitchen)
kind: blog-post
archive_kind: blog-post
language: en
note: "the blog's name of five words in title case, then twelve lines of menu, search, login and social links, then the post's headline and date; the footer repeats the name"
---
~ Notes From A Small Kitchen
~ Recipes
~ Bread
~ Preserves
~ Travel
~ About
~ Contact
~ Search
~ Log in
~ Instagram
~ Pinterest
~ RSS
= I asked a chatbot to plan a week of bread and it was oddly humble
~ March 2, 2025
I wanted a baking plan for a busy week: one loaf that keeps, one quick bread, and something for the weekend. I typed that into an assistant and expected a confident schedule.
Instead it asked how warm my kitchen was and admitted it could not judge my starter from a description. I liked that more than I expected.
The plan it gave was sensible, and it flagged the Saturday rye as the riskiest part. It was right about that.
~ Filed under Bread
~ © 2025 Notes From A Small Kitchen
