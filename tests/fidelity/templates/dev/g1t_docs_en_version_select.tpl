site: "Lantern docs (docs.lantern.example.dev)"
kind: docs-page
archive_kind: other
language: en
title: "Keeping a persona stable across sessions"
note: "an English documentation page: the docs' logo and search, a version selector line above the title ('Version: 3.2 (latest)'), the sidebar headings, an 'Edit this page' link, the title, a short deck, the text with subheadings and a code line, the 'Was this page helpful?' row and previous/next links"
---
~ Lantern
~ Docs   API   Blog   GitHub
~ Search docs
~ Guides
~ Reference
~ Version: 3.2 (latest) ▾
~ Edit this page
= Keeping a persona stable across sessions
How to give an assistant the same character on Monday and on Friday.
Lantern stores the persona outside the conversation, so a new session starts from the same description.
Where the persona lives
The persona file is read at the start of each session. Changes to it apply to new sessions only.
persona: calm, brief, admits uncertainty
What the persona cannot do
A persona changes tone and habits. It does not change what the assistant is allowed to do.
~ Was this page helpful?   Yes   No
~ Previous: Writing a first persona
~ Next: Testing tone with fixtures
