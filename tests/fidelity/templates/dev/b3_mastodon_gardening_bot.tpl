site: "Mastodon (mastodon.social)"
kind: mastodon-thread
archive_kind: social-thread
language: en
note: "no title: a social thread; display names and handles are metadata; boost/favourite counters under each toot"
---
~ Skip to main content
~ Mastodon
~ Log in Create account
@ Rowan Teasdale
@ @rowanteasdale@mastodon.social
I asked three different chatbots to pretend to be my allotment neighbour Maureen, who has strong views about slugs.
Two of them made her cheerful. Maureen has never been cheerful about a slug in her life. 🧵
~ Mar 3, 2026, 08:12 · Web
~ 14 boosts · 61 favourites
@ Rowan Teasdale
@ @rowanteasdale@mastodon.social
The third one got her exactly right: polite, tired, and quietly planning a war with beer traps.
What was different? I gave it one line of her history instead of a list of adjectives.
"She lost a whole row of lettuces in 1998 and has not forgiven anyone since."
~ Mar 3, 2026, 08:19 · Web
~ 9 boosts · 44 favourites
@ Pip Okonkwo
@ @pip@hachyderm.io
@rowanteasdale this is the best prompt engineering advice I have read all year
~ Mar 3, 2026, 08:40 · Ivory for iOS
~ 2 boosts · 17 favourites
@ Rowan Teasdale
@ @rowanteasdale@mastodon.social
@pip Maureen will be delighted to hear she is useful to science. Actually no, she will not.
Weather note for fellow growers: frost forecast Thursday night, cover the early potatoes.
~ Mar 3, 2026, 09:02 · Web
~ 6 boosts · 29 favourites
~ mastodon.social is one of the many independent Mastodon servers you can use to participate in the fediverse.
~ About · Status · Profiles directory · Privacy policy
~ Get the app · Keyboard shortcuts · View source code · v4.3.2
