site: YouTube (watch page with the transcript panel open)
kind: video-transcript
archive_kind: podcast-transcript
language: en
note: a video page copied with the transcript panel open - channel/subscriber/like/share row, views and date, the description with "…more", the transcript panel with chapter headings and a timestamp line before each auto-generated caption (lower-case, no punctuation), the caption language, comments with ages and like counts, the "Up next" list; archive_kind is the archive's kind for a spoken transcript
---
~ Skip navigation
~ Search
~ Sign in
= Can a language model have a bad day? | Small Questions #14
@ Small Questions
~ 48.2K subscribers
~ Subscribe
~ 1.1K
~ Share
~ Download
~ Clip
~ Save
~ 23,518 views  Mar 2, 2025
In this episode I try to answer a question a viewer sent in: if a chatbot gives you a grumpy reply, is anything actually grumpy? We look at how moods show up in text, and what they do and do not tell us.
~ …more
~ Transcript
~ Follow along using the transcript.
~ Show transcript
~ Transcript
~ Search in video
~ Intro
~ 0:00
so a few weeks ago someone sent me a screenshot of a chatbot
~ 0:03
being kind of short with them and they asked me is it having a bad day
~ 0:08
and honestly i think that's a really good question to start with
~ What a mood looks like in text
~ 1:12
if you read a reply that's short with no greeting and no exclamation marks
~ 1:17
you read it as annoyed because that's what it would mean from a person
~ 1:22
but the model doesn't carry a mood from one chat to the next
~ Where it comes from
~ 4:30
what it does carry is whatever is in the conversation so far
~ 4:35
so if the chat has been tense the next reply tends to sound tense too
~ 4:40
which is a bit like a mood that only lasts as long as the page
~ English (auto-generated)
~ 214 Comments
~ Sort by
@ @penguin_at_noon
~ 2 weeks ago
A mood that only lasts as long as the page is going to stay in my head all week.
~ 38
~ Reply
@ @ledger_and_loom
~ 1 week ago
Would love a follow-up on whether the system prompt counts as a permanent mood.
~ 12
~ Reply
~ 2 replies
~ Up next
~ Autoplay
~ Do chatbots have favourite colours?
~ Small Questions
~ 31K views
~ 1 month ago
