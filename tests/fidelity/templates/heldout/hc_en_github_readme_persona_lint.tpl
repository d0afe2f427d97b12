site: GitHub repository page (README)
kind: github-readme
archive_kind: other
language: en
note: a GitHub repo home page - global nav, repo header with Public badge, notification/fork/star counters, repo tabs, branch and file table with commit messages and ages, the README heading as title, a badge line, headings, install and usage commands, a note line starting with '>' and a table of numbers that stay, then the About sidebar (its one-line description is chrome, as the sidebar repeats it on every page), stars/watchers/forks, releases, languages and the footer
---
~ Skip to content
~ Navigation Menu
~ Product Solutions Resources Open Source Enterprise Pricing
~ Sign in Sign up
~ tallowcandle / persona-lint Public
~ Notifications Fork 12 Star 148
~ Code Issues 7 Pull requests 2 Actions Security Insights
~ main 3 Branches 14 Tags
~ Go to file Code
~ src/persona_lint  Check example dialogue length  3 days ago
~ tests  Add fixtures for the lighthouse card  last week
~ LICENSE  Initial commit  4 months ago
~ README.md  Document the --strict flag  3 days ago
~ README MIT license
= persona-lint
~ build passing  license MIT  pypi v0.9.2
A small linter for chatbot character descriptions. It flags contradictions, missing boundaries and example dialogue that does not match the stated voice.
Install
pip install persona-lint
Usage
persona-lint cards/lighthouse.yaml --strict
> Note: the linter never calls a model. Every check is a plain rule you can read in src/persona_lint/rules.
What it checks
Contradictions: "always cheerful" next to "grumpy in the mornings".
Missing boundaries: a card with no line about what the character will not do.
Voice drift: example replies whose average sentence length is far from the one the card describes.
On our test set of 120 community cards the results were:
contradictions 31, missing boundaries 58, voice drift 44
Contributing
Issues and small pull requests are welcome. Please add a fixture card for every new rule.
~ About
~ A linter for chatbot character descriptions.
~ Readme MIT license Activity 148 stars 3 watching 12 forks
~ Releases 14 v0.9.2 Latest Nov 30, 2026
~ Languages Python 97.2% Shell 2.8%
~ © 2026 GitHub, Inc. Terms Privacy Security Status Docs Contact
