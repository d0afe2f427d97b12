site: Mastodon (hachyderm.io)
kind: social-thread
language: en
title: null
note: the second post went through a latin-1 decode with the C1 controls stripped (very lossy)
---
~ Mastodon
~ Create account
~ Login
@ Sunniva Berg
@ @sunniva@hachyderm.io
Asked three assistants "what would you change about yourself?" and got three very different answers. One wanted to be less verbose, one wanted a longer memory, one politely declined the premise.
~ Jul 2, 2024, 19:40
~ ·
~ 9
~ ·
~ 22
~ ·
~ 40
@ Sunniva Berg
@ @sunniva@hachyderm.io
[[latin_1:The one that declined said it didn’t want to “perform a wish it doesn’t have” — which is, honestly, the most self-aware answer of the three.]]
~ Jul 2, 2024, 19:42
~ ·
~ 4
~ ·
~ 15
~ ·
~ 31
~ Join Mastodon to follow this account and reply.
~ Create account
~ Login
