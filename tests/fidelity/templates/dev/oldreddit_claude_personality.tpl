site: Reddit (old.reddit.com)
kind: reddit-thread
archive_kind: forum-thread
language: en
---
~ jump to content
~ my subreddits
~ popular-all-random-users | AskReddit-pics-funny-movies-gaming-worldnews-news-todayilearned
~ r/ClaudeAI
~ comments
~ join the discussion? log in | sign up
~ English
= Does anyone else feel the assistant got "cooler" in temperament after the update?
~ Discussion (self.ClaudeAI)
@ submitted 9 hours ago by nettle_and_ink
Not worse, just cooler. It used to say things like "oh, that's a lovely problem" and now it just gets on with it. I actually miss the little bursts of enthusiasm, even if they were a bit much.
Is this a deliberate change or am I imagining it?
~ 86 comments
~ share
~ save
~ hide
~ report
~ all 86 comments
~ sorted by: best
@ [–]quietgeodesic 112 points 8 hours ago
My guess is they trimmed the enthusiasm because a lot of people found it grating. You are in the minority that liked it, which is fine, but product teams optimise for the median user.
~ permalink
~ embed
~ save
~ report
~ reply
@ [–]nettle_and_ink[S] 34 points 8 hours ago
That is probably right. I just think a bit of warmth made it easier to think out loud with.
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
@ [–]tomasz_b 51 points 7 hours ago
You can ask for it back. I put "be openly enthusiastic when something is genuinely interesting" in my custom instructions and the old personality mostly returned.
~ permalink
~ embed
~ save
~ report
~ reply
@ [–]ashgrove 12 points 6 hours ago
Personality by custom instruction feels a bit like asking a friend to please act more like themselves.
~ permalink
~ embed
~ save
~ parent
~ report
~ reply
~ load more comments (14 replies)
~ about
~ blog
~ about
~ advertising
~ careers
~ By using the site you accept its user terms and privacy rules. © 2024 reddit inc.
~ trademark notice
~ π Rendered by PID 40233 on reddit-service-r2-loggedout-7c8 at 2024-05-02 11:04:17.113457+00:00 running 7b4f2a1 country code: GB.
