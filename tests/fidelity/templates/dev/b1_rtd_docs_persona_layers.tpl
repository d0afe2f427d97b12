site: "Read the Docs (persona-kit.readthedocs.io)"
kind: docs-page
archive_kind: article
language: en
title: "Persona layers"
note: "breadcrumbs then the heading; config lines in key: value form and a \"Note:\" line are content."
---
~ persona-kit
~ latest
~ Search docs
~ Getting started
~ Configuration
~ Personas
~ API reference
~ Changelog
~ Docs » Configuration » Persona layers
~ Edit on GitHub
= Persona layers
A persona in persona-kit is built from layers that are applied in a fixed order. Later layers can narrow what earlier layers allow, but they cannot widen it.
The layers are:
| - base: the model's default behaviour and its safety rules
| - character: voice, temperament and habits of speech
| - scene: what the persona knows about the current conversation
A minimal character file looks like this:
name: gardener
voice: warm, unhurried, practical
avoid: slang, exclamation marks
examples: 2
Note: the avoid list is applied as a soft preference, not a filter. Use the policy file for anything that must never appear.
Ordering rules
If two layers disagree, the one closer to the base wins. This is what keeps a character from talking its way around a refusal.
A scene layer is rebuilt on every turn, while the character layer is loaded once per session. Changing the character file therefore needs a new session.
Testing a persona
Run the tone check with the same seed before and after each change to the file. Differences of one or two points are noise; differences of ten or more usually mean the examples no longer match the voice description.
~ Next Previous
~ © Copyright 2026, the persona-kit contributors.
~ Built with Sphinx using a theme provided by Read the Docs.
~ Read the Docs v: latest
