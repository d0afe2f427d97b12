site: "Mastodon (mastodon.example.social)"
kind: mastodon-thread
archive_kind: social-thread
language: en
note: "a Mastodon thread in the web interface: the column's header, each post's display name and handle (metadata), the time, the focused post's date line with its app and counts, the buttons with their counts printed one a line, a content warning's button, the sign-up box and the server's footer links"
---
~ Back
~ Post
@ Wren Applegate
@ @wren@mastodon.example.social
~ Dec 3, 2026, 21:14
I asked my beekeeping assistant whether the hive would survive the cold snap, and it told me it could not know without the hive's weight and the colony's size.
Then it listed what to check in the morning. Honest and useful, which is more than I can say for my neighbour.
~ Dec 3, 2026, 21:14 · Web · 12 boosts · 31 favourites
~ Reply
~ 4
~ Boost
~ 12
~ Favourite
~ 31
~ Bookmark
~ More
@ Tamsin Orchard
@ @tamsin@hive.example.org
~ 2h
Weight is the one thing everybody forgets. Did it tell you how to weigh a hive without a scale?
~ Reply
~ 1
~ Boost
~ Favourite
~ 3
@ Wren Applegate
@ @wren@mastodon.example.social
~ 1h
It suggested lifting the back with a luggage scale and doubling the reading. Rough, but it works.
~ Reply
~ Boost
~ Favourite
~ 5
~ New to Mastodon?
~ Sign up now to follow people and see their posts.
~ Create account
~ Login
~ About
~ Status
~ Profiles directory
~ Privacy policy
~ Get the app
~ Keyboard shortcuts
~ View source code
~ v4.3.2
