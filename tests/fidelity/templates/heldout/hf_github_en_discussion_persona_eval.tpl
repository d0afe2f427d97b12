site: "GitHub Discussions (github.com)"
kind: github-discussion
archive_kind: forum-thread
language: en
title: "Should the persona spec allow the assistant to decline a role-play?"
note: "GitHub Discussions layout: repo header and tabs, discussion title with number, category and answered badge, author/date rows, upvote counts, reaction rows, 'Answer selected' label, reply counts and the sign-in prompt; the footer."
---
~ Skip to content
~ Navigation Menu
~ Sign in Sign up
~ openpersona / persona-spec Public
~ Code Issues 23 Pull requests 4 Discussions Actions Wiki Security Insights
= Should the persona spec allow the assistant to decline a role-play? #212
~ Answered by mirenbrook
~ Ideas
@ tallowfield started this conversation in Ideas
~ Feb 26, 2026 · 2 comments · 3 replies
~ 14
The current spec describes a persona's voice, values and boundaries, but it has no field for role-plays the assistant may refuse while staying in character.
Right now implementers put this in free text, and every tool reads it differently. I would like a small, explicit list instead.
Would a `declines` field with short reasons be welcome, or is this better left to each deployment?
~ 👍 9 ❤️ 2
~ Answered by mirenbrook Feb 27, 2026
@ mirenbrook
~ Feb 27, 2026
~ Maintainer
~ Answer selected by tallowfield
~ 6
A field makes sense, but I would keep it about behaviour rather than topics. "Declines to pretend to be a real, living person" ages better than a list of names.
We should also say that declining should sound like the persona, not like a generic error message.
~ 👍 5
~ 1 reply
@ tallowfield
~ Feb 27, 2026
~ Author
Agreed on behaviour over topics. I will draft a PR with two examples.
~ 1
@ quince-labs
~ Mar 2, 2026
Small request: please let a persona declare that it may end a conversation that becomes abusive. Some teams already ship that and would like to describe it in the spec.
~ 👍 3
~ Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment
~ Category
~ 💡 Ideas
~ Labels
~ None yet
~ © 2026 GitHub, Inc. Terms Privacy Security Status Docs Contact
