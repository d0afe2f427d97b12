site: Hacker News
kind: forum-thread
language: en
---
~ Hacker News new | past | comments | ask | show | jobs | submit
~ login
= Ask HN: Did switching to a bike commute change how you work?
~ 188 points by plinth 2 days ago | hide | past | favorite | 203 comments
I moved eleven kilometres from the office last year and started cycling in. I notice I arrive with my head clear and I am less tempted to open email first. Curious whether others found the same or whether I am telling myself a story.
@ lindqvist 2 days ago | next [–]
Same here. The ride is the only part of my day with no screen, and I think that matters more than the exercise.
The one downside is that I now schedule nothing before ten, because a wet morning takes longer than you think.
~ reply
@ carmine_t 2 days ago | parent | next [–]
The no-screen part is underrated. I tried walking with headphones and it did not have the same effect, because I was still consuming something.
~ reply
@ oz_dev 2 days ago | prev | next [–]
Counterpoint: I cycled for three years and it made no difference to my focus. It did make a big difference to my back, which I am grateful for.
~ reply
@ plinth 2 days ago | parent | next [–]
Honestly the back would be enough of a reason.
~ reply
~ Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
~ Search:
