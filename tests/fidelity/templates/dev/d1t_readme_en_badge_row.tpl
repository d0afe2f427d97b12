site: "GitHub repository page (README opening with a badge row)"
kind: code-share
archive_kind: other
language: en
title: "persona-lint"
note: "a repository page whose README opens with a row of badges (the alt texts as a line: 'build passing  coverage 91%  license MIT'), then the project's name as a heading and a tagline (content); the repository header ('owner / name'), the file list and the About sidebar are chrome"
---
~ Skip to content
~ Sign in   Sign up
~ quietloom / persona-lint
~ Public
~ Notifications   Fork 8   Star 154
~ Code   Issues 3   Pull requests 1   Actions   Security
~ main
~ 2 Branches   5 Tags
~ Go to file
~ README.md
~ LICENSE
~ pyproject.toml
~ src
~ tests
~ README
~ MIT license
~ build passing   coverage 91%   license MIT   pypi v0.4.2
= persona-lint
A linter for character notes: it reads an assistant's persona file and flags instructions that contradict each other.
Installation
pip install persona-lint
Usage
Run persona-lint on a file and it prints each pair of rules that cannot both hold, with their line numbers.
For example, "always answer in one sentence" and "explain your reasoning step by step" are reported together.
Why
Persona files grow by accretion. Each person who edits one adds a rule and rarely reads the others.
~ About
~ Check persona files for contradictory rules.
~ Readme
~ MIT license
~ 154 stars
~ 3 watching
~ 8 forks
~ Releases 5
~ © 2026 GitHub, Inc.   Terms   Privacy   Security   Status   Docs
