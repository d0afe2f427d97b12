site: Tumblr (tumblr.com)
kind: social-thread
archive_kind: social-thread
language: en
title: null
note: a reblog chain on tumblr.com; blog names heading each part (metadata), 'Follow' buttons, the tag line, the notes counter and the Reblog/Like/Share row, the log-in wall; one reblog's text went through a cp1252 decode (apostrophes and a sparkle emoji damaged)
---
~ tumblr
~ Explore
~ Log in
~ Sign me up
@ quietcomputer
~ Follow
I asked the recipe bot to talk like my late grandmother's cat, as a joke, and it refused the cat part but kept the grandmother part. It has been giving me soup advice in a very stern voice for a week.
@ lanternjaw-writes
the bot has decided the cat was beneath its dignity but grandmothers are a legitimate genre. respect
@ soft-static
[[cp1252:honestly that’s the most consistent character choice I’ve seen a chatbot make ✨ it knows what it will and won’t be]]
@ quietcomputer
update: it now signs off every recipe with "and wear a scarf". I did not ask for this. I am wearing a scarf.
~ #chatbots
~ #ai
~ #soup
~ #i wasn't going to tag this but
~ 5,208 notes
~ Reblog
~ Like
~ Share
~ Sign up to Tumblr to see more posts like this.
~ Sign me up
~ Log in
