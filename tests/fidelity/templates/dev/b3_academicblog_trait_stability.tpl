site: "Cognition Lab Blog (university)"
kind: academic-blog
archive_kind: blog-post
language: en
note: "university blog: breadcrumb then title; a figure table line and short headings are content; footer with address"
---
~ Skip to main content
~ University of Eastmoor
~ Department of Psychology
~ Home > Research > Cognition Lab > Blog
= Do language models have stable personality traits? A small replication
@ Posted by Dr. Kavya Rao and Lukas Meier
~ 22 January 2026
~ 6 minute read
Personality questionnaires designed for people have been given to language models many times, with sometimes striking results.
We wanted to know something simpler: if you ask the same model the same questionnaire on different days, in a different order, does it give the same answers?
Method
We used a fifty-item questionnaire of the kind common in personality research and reordered the items at random for each run.
Each model answered ten times with no persona and ten times with a short persona description.
Results
Agreeableness, no persona: 4.6, 4.5, 4.6, 4.7, 4.6
Agreeableness, persona "grumpy ferryman": 2.1, 3.8, 2.4, 4.2, 2.0
Without a persona, scores were remarkably stable, mostly because the model chose the most socially approved answer every time.
With a persona, scores moved a lot, and they moved with item order: when friendly items came first, the ferryman cheered up.
What this means
We think the stable no-persona scores say more about the training toward helpfulness than about a personality in the human sense.
The persona results suggest that a character description shifts answers, but not in a stable, trait-like way.
We will share the item orders and raw answers on our lab page once the preprint is out.
~ Tags: language models, personality, replication
~ Share: Email Bluesky LinkedIn
~ Related posts
~ Measuring mood in short stories written by children
~ Our new lab members for 2026
~ University of Eastmoor, Eastmoor Road, EM4 2QT · Accessibility · Privacy · Freedom of information
~ © University of Eastmoor 2026
