site: GitHub repository page (README with an emoji heading)
kind: code-share
archive_kind: other
language: en
title: "🫖 teapot-voice"
note: "a repository page: the file list with commit times, then a 'README.md' tab (the same name as the file list's entry), the README's heading with an emoji, a badge row and a tagline; the About sidebar after the README"
---
~ Skip to content
~ Sign up
~ kettle-works / teapot-voice
~ Public
~ Watch 6
~ Fork 11
~ Star 203
~ Code
~ Issues 4
~ Pull requests 2
~ Actions
~ Wiki
~ main
~ Go to file
~ Code
~ Folders and files
~ Name
~ Last commit message
~ Last commit date
~ Latest commit
~ examples
~ Add the bedtime example
~ 2 weeks ago
~ teapot_voice
~ Calmer defaults for short replies
~ 5 days ago
~ README.md
~ Explain the tone settings
~ 5 days ago
~ pyproject.toml
~ Release 0.6.0
~ 3 weeks ago
~ README.md
= 🫖 teapot-voice
~ PyPI version  tests  license: Apache-2.0
A small library that gives a home assistant a calm, unhurried voice.
teapot-voice rewrites an assistant's replies so that they are short, plain and free of exclamation marks, and it tells you when it changed something.
Install
pip install teapot-voice
Why
Most assistants sound cheerful all the time. That is tiring at seven in the morning. This library is an experiment in the opposite direction.
~ About
~ A calm voice for home assistants
~ Readme
~ Apache-2.0 license
~ 203 stars
~ 6 watching
~ 11 forks
