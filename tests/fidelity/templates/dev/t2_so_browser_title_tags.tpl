site: Stack Overflow (page saved with its browser title on the first line)
kind: q-and-a
archive_kind: forum-thread
language: en
title: Why does my chatbot's persona reset after I trim the message history?
note: "the scraper saved the browser title first ('<tag> - <question> - Stack Overflow'), then the page: the question's heading again, the 'Asked'/'Modified'/'Viewed' line, votes, the question, tags and the answer"
---
~ python - Why does my chatbot's persona reset after I trim the message history? - Stack Overflow
~ Stack Overflow
~ About
~ Products
~ For Teams
~ Log in
~ Sign up
= Why does my chatbot's persona reset after I trim the message history?
~ Asked 2 years, 1 month ago Modified 2 years, 1 month ago Viewed 3k times
~ 5
To keep the context short I drop the oldest messages once the history passes a limit. After a while the bot stops speaking as the persona and answers like a generic assistant.
The persona is described in the first message of the history. Is that the problem?
~ python
~ chatbot
~ Share
~ Follow
~ asked Jan 8, 2024 at 14:02
@ ren_okafor
~ 1 Answer
~ 9
Yes. If the persona lives in the first message, trimming the oldest messages eventually removes it, and the model has nothing left to imitate.
Keep the persona as a system message that is never trimmed, and trim only the turns after it.
~ Share
~ Follow
~ answered Jan 8, 2024 at 15:30
@ halvard
