site: "Twitch VOD transcript (vodnotes.example)"
kind: "stream-transcript"
archive_kind: "podcast-transcript"
language: "en"
note: "Third-party Twitch VOD transcript with bracketed timestamps and speaker prefixes; chat highlights are chrome; title after the channel name."
---
~ vodnotes
~ Channels  Search transcripts  Upload  Sign in
~ bakes_with_bots
= Sourdough Sunday: letting the AI co-host name my starter
~ Streamed 1 Mar 2026 · 2h 14m · 3.9k views
~ Category: Food & Drink
~ Jump to: 00:00 Intro | 12:30 Feeding the starter | 41:05 Naming contest
[00:00:12] HOST: Okay, we're live, welcome to Sourdough Sunday everybody.
[00:00:20] HOST: Today my chatbot co-host is going to help me feed the starter and pick a name for it.
[00:00:31] CO-HOST: Good morning, everyone. I should say up front that I can't smell the starter, so you'll have to describe it to me.
[00:00:44] HOST: It smells like apples and a little bit like nail polish.
[00:00:52] CO-HOST: That sharp note usually means it's hungry, so feeding it now is a good call.
~ [chat] crumbqueen: nail polish lmao
~ [chat] loafer99: FEED HIM
[00:12:30] HOST: Right, fifty grams of starter, fifty of flour, fifty of water, nice and simple.
[00:12:41] CO-HOST: If your kitchen is cold, warmer water will help it rise by this evening.
[00:41:05] HOST: Naming contest time, chat has sent in about two hundred names.
[00:41:18] CO-HOST: My favourite is Clint Yeastwood, although I'm aware I may be biased toward puns.
[00:41:26] HOST: You're always biased toward puns, it's your whole personality.
[00:41:30] CO-HOST: It's one of my more consistent traits, yes.
~ [chat] modbot: Clint Yeastwood wins with 61% of the vote
[00:41:52] HOST: Clint Yeastwood it is, thank you everyone.
~ Transcript generated automatically and may contain errors.
~ Download .txt · Download .srt · Report a problem
~ © vodnotes 2026
