site: "Archive of Our Own (archiveofourown.org), a chaptered work"
kind: fanfiction
archive_kind: article
language: en
title: "What the Hive Remembers"
note: "a chaptered AO3 work read chapter by chapter: the header's tag block and stats, the chapter navigation and index, the end notes' furniture (kudos, bookmark, comments, share, top), the kudos list, the comment form and the footer; summary, notes, the chapter's heading and its 'Chapter Text' label are content, as the work's labels are on the other AO3 page"
---
~ Skip header
~ Archive of Our Own beta
~ Log In
~ Fandoms Browse Search About
~ Entire Work
~ Next Chapter →
~ Chapter Index
~ Comments (4) Share Download
~ Rating: Teen And Up Audiences
~ Archive Warning: No Archive Warnings Apply
~ Category: Gen
~ Fandom: Original Work
~ Characters: Hive Assistant, Old Tomasz
~ Additional Tags: Bees, Artificial Intelligence, Gentle
~ Language: English
~ Stats: Published: 2026-11-02 Updated: 2026-11-30 Words: 3,410 Chapters: 2/3 Comments: 4 Kudos: 57 Bookmarks: 6 Hits: 812
= What the Hive Remembers
@ honeyfingers
Summary:
An old beekeeper and the assistant that listens to his hives try to agree on what a good winter sounds like.
Notes:
This started as a drabble and grew. Thank you for reading.
Chapter 2: The Cold Week
Chapter Text
The assistant had never heard a hive go quiet before. It asked Tomasz whether it should worry.
"Quiet is not dead," he said. "Quiet is saving."
It wrote that down in the place where it kept the things it did not want to forget. Later it would wonder whether wanting was the right word.
~ Actions
~ ← Previous Chapter
~ Next Chapter →
~ ↑ Top
~ Kudos ♥
~ Bookmark
~ Comments (4)
~ Share
~ Kudos
~ bramblewick, quietsmoker and 55 more users as well as 212 guests left kudos on this work!
@ bramblewick
~ Mon 30 Nov 2026 08:14PM UTC
"Quiet is saving" is going on a sticky note above my desk.
~ Reply
~ Post Comment
~ Comment as
~ Footer
~ About the Archive
~ Site Map
~ Diversity Statement
~ Terms of Service
~ Contact Us
~ Report Abuse
~ Technical Support and Feedback
~ otwarchive v0.9.380.1
~ GPL by the OTW
