site: Stack Overflow (stackoverflow.com)
kind: q-and-a
archive_kind: forum-thread
language: en
note: comments under the question and the answer end with the commenter's name and a date on the same line, which makes them metadata-mixed content; "Share Improve this answer Follow" and the editor cards are chrome
---
~ Skip to main content
~ Stack Overflow
~ About
~ Products
~ OverflowAI
~ Log in
~ Sign up
= How do I stop my tokenizer from splitting emoji into replacement characters?
~ Ask Question
~ Asked 2 years, 3 months ago
~ Modified 1 year, 11 months ago
~ Viewed 4k times
~ 7
I am feeding chat logs to a small model and every emoji comes out as two or three replacement characters after decoding. Plain accented letters survive, so I assume it is something about characters outside the basic plane.
I decode the byte pairs one token at a time and join the strings at the end. What am I doing wrong?
~ python
~ unicode
~ tokenize
~ Share
~ Improve this question
~ Follow
~ edited Mar 4, 2023 at 9:12
~ asked Mar 3, 2023 at 17:40
@ quillfeather
~ 2
Are you decoding each token separately? That is almost certainly it.
@ – orchard_dev
~ Mar 3, 2023 at 17:52
~ Add a comment
~ 1 Answer
~ Sorted by:
~ Highest score (default)
~ 11
Yes: an emoji is four bytes in UTF-8 and your tokenizer may split those bytes across two tokens. Each half is not valid on its own, so decoding it alone gives replacement characters.
Collect the bytes of all tokens first and decode once at the end, or keep a buffer and decode only when the bytes form complete characters.
~ Share
~ Improve this answer
~ Follow
~ answered Mar 3, 2023 at 18:05
@ orchard_dev
That fixed it, thank you. Buffering until the bytes are complete was a three-line change.
@ – quillfeather
~ Mar 3, 2023 at 18:30
~ Add a comment
~ Not the answer you're looking for? Browse other questions tagged python unicode tokenize or ask your own question.
~ Hot Network Questions
~ Why does my sourdough rise sideways?
~ Stack Overflow
~ Questions
~ Help
~ Chat
~ Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.
