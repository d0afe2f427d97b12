site: "The Character Sheet (email newsletter saved from browser)"
kind: "email-newsletter"
archive_kind: "blog-post"
language: "en"
note: "Newsletter opened via 'View in browser'; preheader, unsubscribe and address footer chrome; one reader quote double-mojibaked cp1252>cp1252; a scrape duplicate."
---
~ View in browser
~ Having trouble reading this email? Open it online.
~ THE CHARACTER SHEET
~ Issue #47 · March 2026
= Three ways assistants lose their voice (and one way to get it back)
@ By Mireille Okonkwo-Hart
Hello again, and welcome to the 1,900 new readers who arrived after last month's issue on chatbot manners.
This week I want to talk about how assistants lose their voice over long conversations.
First, they copy the user: a terse user gets a terse assistant within a few turns.
Second, they over-apologise when corrected, until every reply starts with "I'm sorry".
Third, they forget their own opinions when a user pushes back, even when the assistant was right.
+^
The fix I keep coming back to is boring: give the assistant a few examples of itself disagreeing politely.
A reader, Tomás, wrote in about last issue:
[[cp1252>cp1252:“I tried your ‘three examples’ trick on my cycling coach bot and it finally stopped calling me champ.”]]
Thank you, Tomás, and congratulations on no longer being a champ.
Next week: a short history of fictional robot butlers, from pulp magazines to the present.
Until then, look after yourselves, and be kind to your kettles.
— Mireille
P.S. Several of you asked for the reading list from issue #45; it is now on the website.
~ Forward this email to a friend
~ Was this forwarded to you? Subscribe here
~ 👍 Loved it   👎 Not for me
~ You are receiving this email because you subscribed to The Character Sheet.
~ Unsubscribe · Update your preferences
~ The Character Sheet, 12 Wharf Lane, Bristol BS1 4XX, United Kingdom
