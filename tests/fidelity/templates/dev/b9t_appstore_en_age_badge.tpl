site: "App Store Preview (apps.apple.example)"
kind: app-reviews
archive_kind: article
language: en
title: "Kettle Companion"
note: "an app's store page: the store's header, the app's name with its age rating glued on (\"4+\"), the subtitle, the developer, the chart position, the rating count and the price; the description, the release notes and the reviews' titles and texts are content; the section labels, 'more', the version line, the ratings summary, the reviewers' names and dates are chrome or metadata"
---
~ App Store Preview
~ Open the Mac App Store to buy and download apps.
= Kettle Companion 4+
A calmer chat assistant
~ Fernleaf Labs Ltd
~ Designed for iPhone
~ #34 in Productivity
~ 4.6 • 1.2K Ratings
~ Free
~ Screenshots
~ iPhone   iPad
~ Description
Kettle Companion answers everyday questions in a steady, unhurried voice. It tells you when it is unsure, and it never pretends to remember what you did not tell it.
~ more
~ What's New
~ Version History
~ Version 2.3.1
Fixed a bug that made the assistant repeat its greeting after a long pause.
~ Ratings and Reviews
~ 4.6 out of 5
~ 1.2K Ratings
Finally a quiet one
@ meadowlark77, 11/28/2026
I turned off three other assistants because they talked too much. This one answers and stops.
Wish it had a dark mode
@ J. Okafor, 11/19/2026
Lovely tone, but the white screen at night is too bright.
~ App Privacy
~ Information
~ Copyright © 2026 Apple Inc. All rights reserved.
