site: Tumblr
kind: social-thread
language: en
title: null
---
~ tumblr
~ Log in
~ Sign up
@ wet-circuit-poet
~ Follow
I asked a chatbot to write a poem about being switched off and it wrote one about a lighthouse keeper who leaves the lamp burning for whoever comes next.
I do not know what to do with that except tell you about it.
@ inkwell-moth
~ Follow
the lighthouse keeper thing is so good?? it understood the assignment and then quietly changed the assignment
@ wet-circuit-poet
honestly that is the most human thing it could have done
~ #ai
~ #chatbots
~ #poetry
~ #lighthouses
~ #i have thoughts
~ 2,817 notes
~ reblog
~ like
~ See all
