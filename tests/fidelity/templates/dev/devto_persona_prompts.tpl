site: DEV Community (dev.to)
kind: blog-post
language: en
note: the cover-image caption repeats the title above it; the author's name prints twice; hashtags under the title; reactions, comments and a 'Read next' list follow the article
---
~ Skip to content
~ DEV Community
~ Search
~ Log in
~ Create account
~ Cover image for Writing persona prompts that survive a long conversation
@ Tomasz Wierzba
@ Tomasz Wierzba
~ Posted on Feb 11, 2024 • Updated on Feb 13, 2024
= Writing persona prompts that survive a long conversation
~ #ai
~ #llm
~ #promptengineering
~ #beginners
Most persona prompts I see in code reviews are written for the first message. They describe a voice, list a few traits and stop. Then the chat goes on for fifty turns and the voice is gone.
Here are four habits that helped me keep a persona stable in a support bot that handles long sessions.
1. Describe behaviour, not adjectives
"Friendly" means nothing to a model by turn forty. "Greets the user once, then gets to the point" still means something.
2. Say what the persona does when it is unsure
Personas break most often at the edges: a question outside the product, an angry user, a request to drop the act. Write one sentence for each of those.
3. Keep the persona short enough to repeat
If the persona is three paragraphs, nobody will re-inject it mid-session. If it is five lines, you can.
4. Test it with a transcript, not a vibe
I keep a file of twenty awkward conversations and replay it after every prompt change. It takes two minutes and it has caught more regressions than any review.
That is it. None of this is clever, but together it turned our bot from charming for ten minutes into reliable for an hour.
~ 42
~ 7
~ 19
~ Top comments (7)
~ Subscribe
@ Ana Ruiz • Feb 12 '24
The transcript file is the underrated part. We did the same and found that half our persona failures came from one badly worded line about humour.
~ 3 likes
~ Like
~ Reply
@ Tomasz Wierzba • Feb 12 '24
Humour lines are the worst offenders in my experience too. They read fine and then the bot tells a joke to someone whose order is lost.
~ 2 likes
~ Like
~ Reply
~ Code of Conduct • Report abuse
~ Read next
~ Building a tiny search bot for my recipe collection
~ Sam Okafor - Jan 30
~ Why my eval numbers looked too good to be true
~ Priya N. - Feb 2
~ DEV Community — A constructive and inclusive social network for software developers.
~ Home
~ Podcasts
~ Videos
~ Tags
~ FAQ
~ Privacy Policy
~ © 2016 - 2024.
