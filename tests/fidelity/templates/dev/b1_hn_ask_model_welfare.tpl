site: "Hacker News (news.ycombinator.com)"
kind: hn-thread
archive_kind: forum-thread
language: en
title: "Ask HN: Has model welfare research changed how you write prompts?"
note: "the browser title line \"… | Hacker News\" comes first (chrome) and the headline again after the menu is the title; the comment header lines are metadata; one reply starts \"Share your thoughts\" as prose."
---
~ Ask HN: Has model welfare research changed how you write prompts? | Hacker News
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Ask HN: Has model welfare research changed how you write prompts?
@ 57 points by quietmeadow 6 hours ago | hide | past | favorite | 31 comments
I keep reading papers on whether language models might have something like preferences. I am not convinced either way, but I noticed I stopped writing prompts that insult the model to get better output. Curious whether others changed anything in practice.
~ add comment
@ tinderbox_9 5 hours ago | next [–]
I stopped threatening it, but honestly because it stopped working, not for moral reasons.
@ quietmeadow 5 hours ago | parent | next [–]
That is more honest than most answers I expected.
@ helmsley 4 hours ago | prev | next [–]
The cheapest thing you can do is not lie to the system about its situation when you do not need to. It costs nothing and it also makes evaluations easier to interpret.
@ brackenridge 4 hours ago | parent | next [–]
Share your thoughts on why it makes evaluations easier, because I would have guessed the opposite.
@ helmsley 3 hours ago | parent | next [–]
If the prompt says the task is real when it is a test, you cannot tell later whether the behaviour you measured depends on that belief.
@ ferrous_cat 2 hours ago | prev | next [–]
I bake bread and talk to my starter too. I do not think this is the same thing, but I see why people slip into it.
@ quietmeadow 1 hour ago | parent | next [–]
Ha, same. Mine has a name and I apologise to it when I forget to feed it.
@ lindqvist_r 40 minutes ago | prev [–]
Practical answer: I removed fake urgency from my prompts and the outputs got calmer and more accurate.
~ Join us for AI Startup School this June 16-17 in San Francisco!
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
