site: Discourse forum (community.example-llm.dev)
kind: forum-thread
language: en
---
~ Skip to main content
~ Log In
~ Sign Up
= How do you evaluate "warmth" without rewarding flattery?
~ Evaluation
~ tone
~ 820 views
~ 3 likes
~ 4 users
@ greta_lind
~ Jan 2025
We want our assistant to feel warm, but every rubric we write ends up rewarding compliments. Has anyone found a way to separate warmth from flattery in evaluations?
~ 1 Like
@ samir_o
~ Jan 2025
We define warmth by what the reply does, not what it says. Does it acknowledge the user's situation? Does it offer a next step? Compliments score zero either way.
~ 2 Likes
@ greta_lind
~ Jan 2025
That is a much better definition than ours. Scoring compliments as zero rather than negative is a nice touch too.
~ Reply
~ Related topics
~ Topic
~ Replies
~ Views
~ Activity
~ Rubrics for honesty evaluations
~ 6
~ 940
~ Dec 2024
