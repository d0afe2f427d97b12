site: Reddit (old layout)
kind: reddit-thread
archive_kind: forum-thread
language: en
title: "Kettle persona"
note: "an old-layout self post whose title is two words with the '(self.<subreddit>)' mark after it: the mark is the site's, the title the poster's however short"
---
~ jump to content
~ my subreddits
~ edit subscriptions
~ popular -all -random -users | AskReddit -worldnews -news
~ SmartKitchen comments
~ want to join? Log in or sign up in seconds.| English
~ 31
= Kettle persona (self.SmartKitchen)
@ submitted 6 hours ago by tinwhistle_ann
My kettle app now has a "personality" setting. On the cheerful setting it announces that the water is "ready for adventure".
I switched it to plain and it just says the water is hot. I think I prefer that, but my kids miss the adventure.
~ 9 comments share save hide report
~ all 9 comments
~ sorted by: best
@ [–] quietgarden 7 points 5 hours ago
Ours calls the water "perfectly prepared" every single time. It is a kettle.
~ permalink embed save report reply
