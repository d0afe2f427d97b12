site: GitHub (github.com issue)
kind: forum-thread
archive_kind: forum-thread
language: en
title: Persona instructions leak into tool-call arguments
note: a GitHub issue page copied whole; repository header and tabs, the issue number after the title, 'opened this issue ... · N comments', sidebar (labels, assignees, projects, milestone), 'commented' headers and role badges, an event line, reaction rows of which one went through a cp1252 decode (the thumbs-up lost a byte cp1252 leaves undefined)
---
~ Skip to content
~ Navigation Menu
~ Sign in
~ Sign up
~ lanternworks
~ /
~ parlour-chat
~ Public
~ Notifications
~ Fork 214
~ Star 3.1k
~ Code
~ Issues 187
~ Pull requests 23
~ Discussions
~ Actions
~ Security
~ Insights
= Persona instructions leak into tool-call arguments #4821
~ New issue
~ Open
@ wrenfield opened this issue on Jan 14 · 4 comments
@ wrenfield
~ commented on Jan 14
When a persona is configured with a strong voice, the voice shows up inside the JSON arguments of tool calls. With the "cheerful librarian" preset, a call to the catalogue search tool came out with the query "let's find you something lovely about beekeeping!" instead of "beekeeping".
Steps to reproduce:
1. Enable the cheerful librarian persona.
2. Ask for books about beekeeping.
3. Inspect the tool call in the debug panel.
Expected: the persona affects the reply to the user, not the arguments sent to tools.
~ 👍 7
~ 👀 2
@ marguerite-ok
~ Collaborator
~ commented on Jan 15
Confirmed on main. The persona text is placed above the tool instructions in the system prompt, so the model treats it as applying to everything it writes. Moving the tool schema section before the persona block fixes it in my quick test.
~ [[cp1252:👍 4]]
~ marguerite-ok added the bug and persona labels on Jan 15
@ dovetail-j
~ commented on Jan 16
Moving the block helps, but I would not rely on ordering alone. A one-line rule like "tool arguments are plain data and never in character" made the leak disappear across all six presets we ship.
@ wrenfield
~ Author
~ commented on Jan 17
Tried both. The ordering change alone still leaked twice in fifty runs with the pirate preset; the explicit rule plus ordering leaked zero times. I can open a pull request with both.
~ 🎉 3
~ Assignees
~ No one assigned
~ Labels
~ bug
~ persona
~ Projects
~ None yet
~ Milestone
~ No milestone
~ Development
~ No branches or pull requests
~ 3 participants
~ Footer
~ © 2025 GitHub, Inc.
~ Terms
~ Privacy
~ Security
~ Status
~ Docs
~ Contact
