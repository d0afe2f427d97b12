site: Product docs (docs.lanternkit.example.dev)
kind: docs-page
archive_kind: other
language: en
note: "a documentation site in a newer theme: the sidebar tree before the title, a 'Copy page' button under it, callout labels kept (the writer's own words), 'Was this page helpful?' with a row of answers, the edit link and last-updated line, the prev/next pager with the linked pages' titles, and the 'On this page' list printed after the body (the right column, scraped last)"
---
~ Skip to main content
~ Lanternkit
~ Search...
~ Ctrl K
~ Guides
~ API reference
~ Changelog
~ Get started
~ Introduction
~ Quickstart
~ Core concepts
~ Character files
~ Tone settings
~ Memory
~ Evaluations
~ Consistency checks
~ Core concepts
= Tone settings
Choose how formal, warm and brief the assistant sounds, and keep that choice steady across long conversations.
~ Copy page
Overview
Every character file has a tone block. It holds three dials: formality, warmth and length. Each dial takes a value from 1 to 5, and the defaults are 3, 3 and 2.
The dials describe the voice, not the values. An assistant with warmth set to 1 is still polite and still honest; it simply spends fewer words on reassurance.
Setting a default tone
Add the block to the character file:
| tone:
|   formality: 2
|   warmth: 4
|   length: 2
Reload the character with lanternkit reload. The new tone applies to conversations that start after the reload.
Per-conversation overrides
A user can ask for a different register in the middle of a chat, for example shorter answers while cooking. The override lasts until the conversation ends.
Overrides cannot lower honesty. If a user asks the assistant to agree with everything, the request is treated as a tone change and the factual checks stay on.
Limits
Tone settings do not change what the assistant knows or what it refuses to do. For those, see the character file's boundaries section.
~ Was this page helpful?
~ Yes No
~ Edit this page
~ Last updated on December 3, 2026
~ Previous
~ Character files
~ Next
~ Memory
~ On this page
~ Overview
~ Setting a default tone
~ Per-conversation overrides
~ Limits
~ © 2026 Lanternkit Labs
~ Privacy
~ Terms
~ Status
