site: distribution support forum (FluxBB-style, Pinecone Linux Forums)
kind: forum-thread
archive_kind: forum-thread
language: en
title: Local assistant forgets its persona after a package update
note: "the thread's title carries the status tag '[SOLVED]' added when the question was answered; each reply repeats the subject as 'Re: [SOLVED] …'"
---
~ Pinecone Linux Forums
~ Index
~ Rules
~ Search
~ Register
~ Login
~ You are not logged in.
~ Index » Applications & Desktop » [SOLVED] Local assistant forgets its persona after a package update
~ Pages: 1
= [SOLVED] Local assistant forgets its persona after a package update
@ #1 2025-02-11 18:32:07
@ quillon
~ Member
~ Registered: 2023-06-02
~ Posts: 84
Since yesterday's update my local assistant ignores the persona file. It used to answer as a grumpy librarian; now it is the default cheerful helper again.
I checked that the file is still in ~/.config/assistant/persona.toml and that it parses. Nothing in the log except a line about a changed config directory.
~ Offline
@ #2 2025-02-11 19:05:44
@ tamsin_k
~ Member
~ Registered: 2021-09-17
~ Posts: 1,207
~ Re: [SOLVED] Local assistant forgets its persona after a package update
The new version reads its settings from ~/.local/share instead. Move the file there, or set the old path in the environment, and it will pick the persona up again.
~ Offline
@ #3 2025-02-11 19:40:12
@ quillon
~ Member
~ Registered: 2023-06-02
~ Posts: 84
~ Re: [SOLVED] Local assistant forgets its persona after a package update
That was it, thank you. The librarian is back and as rude as ever. Marking this as solved.
~ Offline
~ Board footer
~ Jump to
~ Powered by FluxBB
