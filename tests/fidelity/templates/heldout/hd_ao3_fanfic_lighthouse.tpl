site: "Archive of Our Own (archiveofourown.org)"
kind: fanfiction
archive_kind: other
language: en
note: "Fan-fiction work page; the work title sits after the tag block; tag fields, stats and kudos are chrome; summary and notes are content; dialogue-only short lines are content."
---
~ Skip header
~ Archive of Our Own beta
~ Log In
~ Fandoms
~ Browse
~ Search
~ About
~ Entire Work
~ Next Chapter →
~ Chapter Index
~ Comments
~ Share
~ Download
~ Rating: General Audiences
~ Archive Warning: No Archive Warnings Apply
~ Category: Gen
~ Fandom: Original Work
~ Relationships: Lighthouse Keeper & Lighthouse AI
~ Additional Tags: Artificial Intelligence, Found Family, Hurt/Comfort, Slow Burn Friendship
~ Language: English
~ Stats: Published: 2025-01-08 Updated: 2025-02-19 Words: 3,412 Chapters: 2/4 Comments: 19 Kudos: 241 Bookmarks: 33 Hits: 2,870
= The Keeper's Second Voice
@ saltmarsh_ink
~ Summary:
An old lighthouse gets a new assistant, and the keeper insists it must never pretend to be human. The assistant agrees, and then has to work out what it is instead.
~ Notes:
Thank you to everyone who left comments on the first chapter. This one is quieter.
Chapter 2: Fog Season
The fog came in on a Tuesday and did not leave for nine days.
"You are allowed to say you are bored," Mara said, stirring the soup.
"I do not think I am bored," the lighthouse said. "But I notice I keep checking the barometer more often than I need to."
"That sounds like boredom to me."
"It might be. I would rather not claim it until I am sure."
Mara laughed and set a second bowl on the table out of habit, then left it there anyway.
~ Chapter End Notes:
Next chapter: the supply boat and a very confused delivery driver.
~ Kudos ♥
~ Bookmark
~ Comments (19)
~ ↑ Top
~ ← Previous Chapter
~ Next Chapter →
~ Footer
~ About the Archive · Site Map · Diversity Statement · Terms of Service · DMCA Policy
