site: Reddit (old design, self post)
kind: reddit-thread
archive_kind: forum-thread
language: en
title: My roleplay bot got noticeably kinder after I gave it a backstory
note: "old Reddit prints '(self.<subreddit>)' after a self post's title, then the 'submitted … by …' line; comments headed by the author, points and age"
---
~ jump to content
~ my subreddits
~ popular
~ all
~ random
~ CharacterAI_Local
~ comments
= My roleplay bot got noticeably kinder after I gave it a backstory (self.CharacterAI_Local)
@ submitted 5 hours ago by lantern_fox
I added three sentences about where the character grew up and who raised her. Nothing about kindness at all.
After that she started asking about my day and remembering small things I had said. Has anyone else seen a backstory change behaviour this much?
~ 14 comments
~ share
~ save
@ moss_and_gear 12 points 4 hours ago
Backstory gives the model a reason for the traits. Without one it falls back to the default assistant personality.
~ permalink
~ reply
