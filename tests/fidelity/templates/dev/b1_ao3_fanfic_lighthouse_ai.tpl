site: "Archive of Our Own (archiveofourown.org)"
kind: fanfiction
archive_kind: article
language: en
title: "The Keeper's Voice"
note: "work title sits deep in the header after the tag block; summary and notes are content; kudos and hits are chrome."
---
~ Skip header
~ Archive of Our Own beta
~ Log In
~ Fandoms Browse Search About
~ Search Works
~ Entire Work Chapter by Chapter
~ Comments (7) Share Download
~ Rating: General Audiences
~ Archive Warning: No Archive Warnings Apply
~ Category: Gen
~ Fandom: Original Work
~ Characters: The Lighthouse AI, Agnes Pell
~ Additional Tags: Artificial Intelligence, Found Family, Quiet, Weather
~ Language: English
~ Stats: Published: 2026-01-30 Words: 1,204 Chapters: 1/1 Comments: 7 Kudos: 88 Bookmarks: 9 Hits: 1,021
= The Keeper's Voice
@ quillandtide
Summary:
An old lighthouse gets a new keeper who is not a person, and the last human keeper stays on for one more winter to teach it how to talk to ships.
Notes:
Written for a prompt about machines learning manners. Thank you to my beta reader for catching every comma.
Work Text:
The new keeper spoke too politely at first. It greeted every trawler as though it were a visiting bishop, and the fishermen laughed at it over the radio.
Agnes told it to stop saying "please" to the fog.
"The fog does not care," she said. "The men do, a little. Talk to them like you have known them for years."
"I have known them for eleven days," the keeper said.
"Then talk like you mean to know them for years."
By midwinter it had learned the names of the boats and which skippers liked to be teased. When the storm came in February it did not say please once, and every boat came home.
~ Kudos ♥
~ Bookmark
~ Comments
@ saltmarsh_reader
~ Tue 03 Feb 2026 10:21PM UTC
💙💙💙
@ harbourlight
~ Wed 04 Feb 2026 07:12AM UTC
The line about the fog made me laugh out loud on the train.
~ Reply
~ ↑ Top
