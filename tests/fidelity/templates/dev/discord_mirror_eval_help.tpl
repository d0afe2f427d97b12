site: Discord mirror (answer-overflow style)
kind: chat-export
archive_kind: forum-thread
language: en
note: a public mirror of a Discord forum channel post; every message is headed by the author (one line) and a timestamp (one line); reaction rows and 'Jump to message' after messages; the join banner repeats at the foot
---
~ Open main menu
~ Search
~ Join the Discord
~ Sign In
~ Persona Evals Community
~ #help-forum
= How do you measure whether a persona "stuck"?
~ Solved
@ fennel_and_frost
~ 14/02/2024, 09:12
I am fine-tuning a small model to play a ship's cook in a text game. Grumpy, generous, talks about stew far too much.
After training it sounds right for a few turns and then drifts back to generic assistant. How do people measure this instead of eyeballing it?
~ 👀 3
@ Maren
~ 14/02/2024, 09:30
We use a judge model with a short rubric: one question per trait, answered yes or no for every reply. Then plot the share of yes answers against the turn number.
It is crude but it shows the drift curve, and the curve is what you care about.
~ 👍 6 🔥 2
~ Jump to message
@ fennel_and_frost
~ 14/02/2024, 09:41
Does the judge need to know the persona?
@ Maren
~ 14/02/2024, 09:44
Yes, give it the persona card word for word. Otherwise it grades its own idea of a grumpy cook.
~ ✅ 1
~ Jump to message
@ ozzie.k
~ 14/02/2024, 10:05
Also check the stew rate separately. A persona that only survives through its catchphrase has not really survived.
~ 😂 4
~ Jump to message
~ Marked as solution
~ Looking for more? Join the community!
~ Join the Discord
~ Persona Evals Community
~ 1,204 members
~ Recent Announcements
~ Similar Threads
~ Judge models disagree with each other on tone
~ Fine-tune forgets its name after 30 turns
~ Powered by an open-source Discord indexer
~ Join the Discord
