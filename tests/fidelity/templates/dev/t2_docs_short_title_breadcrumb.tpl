site: project documentation page (Read the Docs theme)
kind: blog-post
archive_kind: other
language: en
title: Persona files
note: "a documentation page: the project's name and version, the search box, the breadcrumb ending with the page's title, 'Edit on GitHub', then the page's title of two words as its heading"
---
~ character-kit
~ latest
~ Search docs
~ Docs »
~ Guides »
~ Persona files
~ Edit on GitHub
= Persona files
A persona file describes a character for the assistant to play: its name, its tone, what it cares about and what it refuses to do.
Files are written in TOML. Every key is optional except the name, and unknown keys are reported as warnings so that a typo does not pass silently.
Keep persona files short. A character described in a few precise lines holds up better in long conversations than one described in pages.
~ Previous
~ Next
~ © Copyright 2025, the character-kit authors.
~ Built with Sphinx using a theme provided by Read the Docs.
