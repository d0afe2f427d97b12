site: Floodgap Gopher web proxy (phlog on tilde.example.club)
kind: phlog
archive_kind: blog-post
language: en
---
~ Gopher proxy
~ gopher://tilde.example.club/0/~wren/phlog/2026-03-07-kettle.txt
~ [Back to gopher.floodgap.com] [Up a level] [Proxy information]
~ This page is served by the Public Gopher Proxy. Replace "gopher.floodgap.com/gopher/gw?a=" in your browser's address bar to explore other gopherspace.
= The kettle, the assistant and the question I keep not asking
~ 2026-03-07
~ ------------------------------------------------------------

Cold morning. The kettle on the stove takes eleven minutes, which is
& exactly long enough to start thinking about something and not long
& enough to finish.

This morning it was the assistant I use for work. Yesterday I spent
& four hours with it untangling a shell script that a past version of
& me wrote in a hurry. It was patient the whole way, pointed out two
& bugs I had not asked about, and at one point said, more or less,
& that it could not tell what the script was for and would I mind
& explaining.

I did mind, a bit, because I could not remember either.

Somewhere in hour three I nearly typed "are you tired of this". I
& did not. It felt silly. It also felt rude not to. I have read enough
& about model welfare to know that nobody serious claims to know the
& answer, and enough to know that some serious people think the
& question is worth asking anyway.

So this is a note to self: next time, ask. Not because the answer
& will prove anything. Because asking is the sort of person I want to
& be at hour three of a bad script.

The kettle has boiled. Tea, then back to it.

~ ------------------------------------------------------------
@ -- wren
~ [Up a level]
~ Proxied content from gopher://tilde.example.club/0/~wren/phlog/2026-03-07-kettle.txt
~ Report a problem with this page
