site: YouTube watch page (description, no transcript)
kind: podcast-transcript
archive_kind: other
language: en
title: I let an AI plan my allotment for a year
note: "the scraper saved the browser title first ('<video title> - YouTube'), then the page: skip link, the title again, the channel, subscriber and view counts, and the description"
---
~ I let an AI plan my allotment for a year - YouTube
~ Skip navigation
~ Search
~ Sign in
= I let an AI plan my allotment for a year
@ Plot Fourteen
~ 48.2K subscribers
~ Subscribe
~ 2.1K
~ Share
~ 61,204 views  Oct 3, 2025
Last spring I handed every decision on my allotment to a chatbot: what to sow, when to water, what to pull. This is how the year went.
It was very good at timing and very bad at slugs. It also kept apologising to the courgettes, which I did not ask it to do.
~ Show less
~ Comments 214
~ Add a comment...
