site: "DEV Community (dev.to)"
kind: "dev-post"
archive_kind: "blog-post"
language: "en"
note: "Dev.to-like post; reaction counts and tags are chrome; a 'Note:' line, a short list and a heading-like line are content."
---
~ Skip to content
~ DEV Community
~ Search...
~ Log in   Create account
~ 24 ❤️ 5 🦄 3 🔥 11 🙌
@ Priya Nandakumar
~ Posted on Feb 19 • Edited on Feb 20
= Keeping a chatbot's persona stable across long conversations: what actually worked for us
~ #llm #ai #webdev #productivity
~ 8 min read
Our support assistant had a friendly, slightly dry personality in the first ten messages and a completely different one by message forty.
Users noticed before we did, which is always a humbling way to find a bug.
What we tried
- Repeating the persona description every turn
- Summarising the conversation and restating the persona
- A short list of example replies in the persona's voice
The first approach made replies stiff and repetitive.
The second kept the facts but lost the tone.
The third was the surprise winner: three example replies did more than a paragraph of adjectives.
Note: we tested this on our own traffic only, so your mileage will vary.
Measuring drift
We asked two colleagues to rate a random sample of replies for "sounds like our assistant" on a scale of one to five.
The average went from 2.8 to 4.1 after we added the examples.
That is not a rigorous study, but it was enough to convince our product manager.
~ Top comments (4)
@ Tomasz W.
~ • Feb 19
Did you keep the examples in the system prompt or inject them per turn?
~ 3 likes Like Reply
@ Priya Nandakumar
~ • Feb 19
System prompt, once, at the top.
~ 2 likes Like Reply
~ Code of Conduct • Report abuse
~ Read next
~ DEV Community — A constructive and inclusive social network for software developers.
~ Home · DEV++ · Podcasts · Videos · Tags · FAQ · Privacy Policy · Terms of use
