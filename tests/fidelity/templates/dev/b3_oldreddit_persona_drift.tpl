site: "Reddit (old.reddit.com)"
kind: reddit-thread
archive_kind: forum-thread
language: en
note: "old Reddit: title after the subreddit bar; one-word and emoji replies are content; vote lines are metadata"
---
~ jump to content
~ my subreddits
~ popular-all-random-users | AskReddit-pics-funny-movies-gaming-worldnews-news-todayilearned
~ LocalLLaMA comments
= My roleplay character slowly turns into a customer service agent after 40 messages. Why?
@ submitted 7 hours ago by quietferns
I run a small model locally for a tabletop campaign and gave it a grumpy innkeeper persona with a short backstory.
For the first dozen turns it is great: short answers, complains about the rain, refuses to discount the ale.
Somewhere around message forty it starts saying things like "I'd be happy to help you with that!" and the innkeeper is gone.
Is this the context filling up, or is the base tuning just stronger than my system prompt?
~ 63 comments share save hide report
~ all 63 comments
~ sorted by: best
@ [–]tokenwrangler 48 points 6 hours ago
It is mostly both. Your system prompt is a small part of the context by message forty, and the assistant habit is everywhere in the weights.
Try restating the character in a short note every ten turns, written in the character's own voice rather than as instructions.
~ permalink embed save report reply
@ [–]quietferns[S] 12 points 6 hours ago
The note in the character's voice is a good idea. I will try that tonight.
~ permalink embed save parent report reply
@ [–]marrow_and_moss 9 points 5 hours ago
Same.
~ permalink embed save parent report reply
@ [–]tokenwrangler 7 points 5 hours ago
> Somewhere around message forty it starts saying things like "I'd be happy to help"
That phrase is the tell. Once it appears, the model has decided it is an assistant again, and each later turn reinforces it.
~ permalink embed save parent report reply
@ [–]velvetcrank 21 points 4 hours ago
Slightly off topic, but I had the opposite problem with a cycling coach persona.
It got more and more intense over a long chat and by the end it was prescribing four-hour rides on a Tuesday.
Mon 45 min, Tue 4 h, Wed rest, Thu 3 h
That was its final plan for a person who told it they had a desk job and a toddler.
~ permalink embed save parent report reply
@ [–]marrow_and_moss 3 points 3 hours ago
😂
~ permalink embed save parent report reply
~ about blog about advertising careers help site rules Reddit help center reddiquette mod guidelines contact us
~ Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.
