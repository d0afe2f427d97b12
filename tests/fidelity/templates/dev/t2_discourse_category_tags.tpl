site: Discourse forum topic (Persona Builders community)
kind: forum-thread
archive_kind: forum-thread
language: en
note: "the forum's name and its buttons, the topic's title, then its category and tags each on a line, the post counter; each post headed by the author's handle and its age"
---
~ Persona Builders
~ Sign Up
~ Log In
= Sharing persona prompts: should we agree on a common format?
~ Community
~ prompts
~ formats
~ 1 / 4
@ kiri_m
~ Mar 4
A lot of us post persona prompts here, each in a different layout. It makes them hard to compare or reuse.
Would a simple shared format help? Name, voice, values, limits, and two example exchanges.
@ dalia
~ Mar 4
Yes, and please keep the examples. They tell me more about a character than any list of adjectives.
@ kiri_m
~ Mar 5
Good point. I will draft a template and post it as a new topic.
~ Related topics
~ Powered by Discourse, best viewed with JavaScript enabled
