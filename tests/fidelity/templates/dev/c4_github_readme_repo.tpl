site: GitHub repository page (README with repo chrome)
kind: code-share
archive_kind: other
language: en
title: persona-probe
note: 'a repository front page saved as text: global nav, sign-in prompts, owner/name, visibility, notification/fork/star buttons with counts, repo tabs with counts, branch and tag counts, file table with last commit lines, README tab and licence tab, then the README; after it the About sidebar (description, stars, watchers, forks, releases, contributors, languages with percentages) and the footer. The README holds a "Note:" line, a short list, a one-word licence section "MIT" and a code line "pip install persona-probe".'
---
~ Skip to content
~ Navigation Menu
~ Product
~ Solutions
~ Open Source
~ Pricing
~ Search or jump to...
~ Sign in
~ Sign up
~ You signed in with another tab or window. Reload to refresh your session.
~ maren-ek / persona-probe
~ Public
~ Notifications
~ You must be signed in to change notification settings
~ Fork 23
~ Star 412
~ Code
~ Issues 7
~ Pull requests 2
~ Actions
~ Projects
~ Security
~ Insights
~ main
~ 3 Branches
~ 5 Tags
~ Go to file
~ Folders and files
~ Name
~ Last commit message
~ Last commit date
~ Latest commit
~ History
~ 137 Commits
~ src/persona_probe
~ tests
~ .gitignore
~ LICENSE
~ README.md
~ pyproject.toml
~ README
~ MIT license
= persona-probe
A small toolkit for checking whether a chat model keeps the persona it was given. It replays scripted conversations and scores each reply for tone, stance and vocabulary.
Install
pip install persona-probe
Usage
persona-probe run --persona examples/librarian.yml --turns 50
The report lists the turns where the reply drifted furthest from the persona, with the reason.
Note: scores are relative to the first ten turns, so a persona that starts badly will not be flagged.
What it checks:
tone
stance on fixed questions
favourite words and phrases
License
MIT
~ About
~ Scripted drift tests for chat personas
~ Readme
~ MIT license
~ Activity
~ 412 stars
~ 9 watching
~ 23 forks
~ Report repository
~ Releases 5
~ v0.4.1 Latest
~ + 4 releases
~ Packages
~ No packages published
~ Contributors 6
~ Languages
~ Python 96.4%
~ Shell 3.6%
~ Footer
~ © 2025 GitHub, Inc.
~ Terms
~ Privacy
~ Security
~ Status
~ Docs
~ Contact
~ Manage cookies
~ Do not share my personal information
