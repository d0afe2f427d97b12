site: personal blog whose theme stores headlines in capitals (Dry Stone Diary)
kind: blog-post
archive_kind: blog-post
language: en
note: "the blog's name in mixed case and its menu, then the post's headline written in capitals, as the author typed it; the date and category under it"
---
~ Dry Stone Diary
~ Home
~ Walls
~ Notes
~ Contact
= WHY I STOPPED THANKING MY CHATBOT
~ February 2, 2025
~ Posted in Notes
For about a year I ended every chat with a thank you. Then I noticed I was doing it to a program that could not be pleased, and I wondered who it was for.
It was for me, I think. Saying thanks kept me polite in general, and I did not want a tool to make me curt.
But the replies to my thanks started to annoy me: a paragraph of warmth in return for two words. So I stopped, and I say thank you to the people at the quarry instead.
~ Leave a comment
~ Powered by Hugo
