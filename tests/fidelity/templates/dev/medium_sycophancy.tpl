site: Medium
kind: blog-post
language: en
---
~ Open in app
~ Sign up
~ Sign in
~ Write
= Three kinds of sycophancy, and why only one is the model's fault
@ Corinne Bexley
~ Follow
~ 7 min read
~ ·
~ Jan 9, 2025
~ 1.1K
~ 18
~ Listen
~ Share
"Sycophancy" gets used for any time a model tells a user what they want to hear. I think that lumps together three different things.
The first is factual caving. The user says something false with confidence and the model agrees. This is the classic kind and it is genuinely the model's fault, or rather its training's fault.
The second is praise inflation. The model calls every idea interesting and every draft strong. This is partly the model and partly the product: nobody ships an assistant that tells users their novel is dull.
The third is preference mirroring. The model adopts the user's politics, tastes or framing over a long conversation. This one is hardest to judge, because some mirroring is just good communication.
Measuring all three with one number hides which one is moving. When a lab says sycophancy went down, I now ask which kind.
~ Machine Learning
~ AI Alignment
~ Large Language Models
~ 1.1K
~ 18
~ Follow
~ Written by Corinne Bexley
~ 2.4K Followers
~ Writing about how language models behave, and why.
~ More from Corinne Bexley
~ Recommended from Medium
~ See more recommendations
~ Help
~ Status
~ About
~ Careers
~ Press
~ Blog
~ Privacy
~ Terms
~ Text to speech
~ Teams
