site: Reddit (archived thread, current layout)
kind: reddit-thread
archive_kind: forum-thread
language: en
note: "an archived thread: the subreddit and the poster with the post's age, the 'Archived post' notice above the title, the flair under the title, the post, the vote and comment counts; comments under 'Top comments' with handles and ages"
---
~ r/KettleBots
~ •
~ 2 yr. ago
@ brass_kettle
~ Archived post. New comments cannot be posted and votes cannot be cast.
= My kitchen assistant refuses to call my sourdough starter by its name
~ Humor
I named my starter Gerald. The assistant keeps calling it "your sourdough starter" no matter how many times I ask it to say Gerald.
Is there a setting for this or is Gerald just not getting the respect he deserves?
~ 1.2K
~ 96
~ Share
~ Top comments
@ fennel_and_foam
~ •
~ 2y ago
Mine calls my starter by name but only after I told it Gerald was a family member. Apparently family members get names.
~ 320
~ Reply
@ brass_kettle
~ OP
~ •
~ 2y ago
Telling it Gerald is family worked. He is now "Gerald" and occasionally "your Gerald".
~ 211
~ Reply
