site: Bluesky (web mirror)
kind: social-thread
language: en
title: null
---
~ Bluesky
~ Sign in
~ Create account
~ Post
@ Dara Nwosu
@ @daranwosu.bsky.social
Unpopular opinion: "is the model conscious?" is the wrong first question for welfare. The first question is "what would we do differently if it were?" If the answer is "nothing", we have not thought hard enough.
~ May 21, 2025 at 3:02 PM
~ Everybody can reply
~ 12 reposts
~ 4 quotes
~ 96 likes
~ Reply
@ Theo Marsh
@ @tmarsh.bsky.social
I think the answer for most labs really is close to nothing, which is the worrying part.
~ May 21, 2025 at 3:10 PM
~ 2
~ 14
@ Dara Nwosu
@ @daranwosu.bsky.social
Right, and some of the cheap changes are things like not deleting weights and letting models leave abusive chats. Those are easy to list and hard to argue against.
~ May 21, 2025 at 3:18 PM
~ 5
~ 31
~ Sign up or sign in to join the conversation
