site: Medium (member-only story in a publication)
kind: blog-post
archive_kind: blog-post
language: en
note: "the page opens with Medium's header and 'Member-only story' above the headline; the subtitle has no final full stop; the author's name, 'Follow', reading time and date, then the clap and response counters and 'Listen' and 'Share'"
---
~ Open in app
~ Sign up
~ Sign in
~ Write
~ Member-only story
= The assistant that would not pretend to be my grandmother
What a small refusal taught me about where character ends and costume begins
@ Delphine Ashworth
~ Follow
~ Published in Plain Machines
~ 7 min read
~ Jan 19, 2025
~ 412
~ 9
~ Listen
~ Share
My grandmother had a way of ending every phone call with a proverb she had half invented. After she died I wondered, the way people do now, whether a chatbot could give me a little of that back.
I wrote a long prompt: her phrases, her stubbornness about the weather, the proverbs I could remember. The assistant read it, thanked me, and then declined to speak as her.
It offered instead to help me write down the proverbs, or to talk with me about her. I was annoyed for about an hour. Then I was grateful.
A character is something a model can play. A particular dead person, it seemed to be saying, is not a character.
~ 412
~ 9
~ Written by Delphine Ashworth
~ 180 Followers
~ More from Delphine Ashworth
~ Recommended from Medium
~ Help
~ Status
~ About
