site: Tessellate docs (docs.tessellate.dev)
kind: documentation
archive_kind: article
language: en
note: "MkDocs Material page: version switcher, nav tree and 'On this page' TOC before the body, admonition labels, code lines (content), 'Was this page helpful?' and prev/next footer"
---
~ Skip to content
~ Tessellate
~ v3.2
~ Persona configuration
~ Search
~ GitHub
~ 2.4k stars 310 forks
~ Getting started
~ Concepts
~ Personas
~ Evaluation
~ API reference
~ Changelog
~ Concepts
~ Overview
~ Personas
~ Memory
~ Safety layers
~ On this page
~ The three layers
~ Writing a character file
~ Checking for drift
= Persona configuration
A persona in Tessellate is built from three layers: the base character, the deployment context and the conversation state. Each layer can override the one below it, but only in the ways you allow.
The three layers
The base character describes stable traits: tone, values and how the assistant talks about itself. It should change rarely, and every change should be reviewed like a code change.
The deployment context adds what the operator needs, such as a product name or a topic restriction. It must not contradict the base character's honesty rules.
The conversation state holds short-lived facts, such as the user's name or a preference for shorter answers.
Writing a character file
Character files are plain YAML. A minimal example:
| name: Wren
| traits: [curious, direct, kind]
| self_description: an AI assistant, not a person
~ Note
Keep the self_description honest. Tessellate's drift checker flags any reply where the assistant claims to be human, whatever the character file says.
Checking for drift
Run the checker against a folder of transcripts:
| tessellate drift check ./transcripts --persona wren.yaml
The report lists turns whose tone differs from the base character by more than the threshold you set. A sudden run of overly agreeable replies is the most common finding.
~ Was this page helpful?
~ 👍 👎
~ Previous
~ Memory
~ Next
~ Safety layers
~ Copyright © 2024–2026 Tessellate contributors
~ Made with Material for MkDocs
